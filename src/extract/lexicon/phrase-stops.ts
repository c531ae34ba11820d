/**
 * Words that end the noun phrase after a number ("nine suicide car bombs | to attack"):
 * function words, auxiliaries and a few frequent verbs. A counted noun never contains them.
 */
export const PHRASE_STOPS: ReadonlySet<string> = new Set(
  `a an the of in on at to for from by with as and or but nor than that which who whom whose what
is are was were be been being has have had having will would can could may might must shall should
do does did done not no this these those it its they them their he she his her him we our us you your
i me my per after before ago since until into onto over under about more most less least each every other
others also now still just only then there here said says say told when while where if so up out off down
away back later earlier again already yet even because though although during against between among
within without across through toward towards near around like unlike such same own both either neither
all any some many much few several another one ones how why whether whereas vs via amid including
came went sank fell rose took gave made left won lost got saw ran met fled hit set put cut shot held kept
began became brought bought caught drew drove flew found grew knew led paid sent sold spent stood stole
struck swam threw wore wrote arrived died remain remained remains face faces faced need needs`.split(/\s+/),
);

/** Common lower-case words a sentence may start with that are not names when capitalised. */
export const WORDS_NEVER_NAMES: ReadonlySet<string> = new Set(
  `a an the this that these those it its he she they we i you his her their our my your there here
but and or so yet if when while as at in on of for to from by with after before since until though
although because however meanwhile earlier later then now today yesterday tomorrow also still just
only even once what who which where why how all some many most few several both each every no not
one two three four five six seven eight nine ten another other such more less last next first second
mr mrs ms dr sir many according asked during despite under over among against between read watch
please see click follow share sign subscribe photo image video latest`.split(/\s+/),
);
