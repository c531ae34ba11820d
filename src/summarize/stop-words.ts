/**
 * Function words that say nothing about what a sentence is about. They are dropped before
 * sentences are compared, so that two sentences are similar because they share content words
 * ("troops", "Mosul"), not because both contain "the" and "said". Reporting verbs are here too:
 * nearly every news sentence has one, so they would make every sentence look alike.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all almost also although am among an and another any are as at ' +
    'be because been before being below between both but by can could did do does doing done down during ' +
    'each either else even ever every few for from further get gets got had has have having he her here hers ' +
    'herself him himself his how however i if in into is it its itself just least less like made make many may ' +
    'me might more most much must my myself neither no nor not now of off often on once one only or other ' +
    'others our ours ourselves out over own per perhaps quite rather really same several shall she should ' +
    'since so some still such than that the their theirs them themselves then there these they this those ' +
    'though through thus to too toward towards under until up upon us very was we were what whatever when ' +
    'where whether which while who whom whose why will with within without would yet you your yours ' +
    'yourself yourselves say says said saying told tell tells according added adding '
  )
    .trim()
    .split(/\s+/),
);
