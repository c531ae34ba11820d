/**
 * Well-known organisations that news names bare, with no cue word ("Bloomberg reports", "a
 * Netflix series"), and buildings that stand for a government but are places. Written by hand for
 * this project from general knowledge (major news outlets, agencies, companies, universities,
 * parties and movements); not exhaustive on purpose — cue words and context
 * (src/extract/entities/classify.ts) find the rest. Lower-cased, one name a line group.
 */

const MEDIA = `reuters|associated press|bloomberg|politico|axios|vox|slate|salon|the atlantic|atlantic|the new yorker|new yorker|
newsweek|time magazine|the economist|economist|forbes|buzzfeed|buzzfeed news|huffpost|huffington post|breitbart|
breitbart news|drudge report|the hill|usa today|new york times|the new york times|washington post|the washington post|
wall street journal|the wall street journal|los angeles times|chicago tribune|boston globe|miami herald|financial times|
the guardian|the times|the sun|daily mail|the telegraph|the independent|al jazeera|al-jazeera|fox news|msnbc|cnbc|
cnn|bbc|npr|pbs|abc news|cbs news|nbc news|sky news|c-span|univision|telemundo|politifact|factcheck.org|snopes|
fivethirtyeight|huffpollster|gallup|pew|pew research center|quinnipiac|rasmussen|rasmussen reports|ipsos|yougov|
morning consult|zogby|marist|monmouth|wikileaks|the intercept|propublica|mother jones|national review|the daily beast|
daily beast|the daily caller|daily caller|the blaze|infowars|vice news|newsmax|rt|sputnik|tass|xinhua|afp|
agence france-presse|dow jones|variety|rolling stone|the onion|gawker|mediaite|the washington times|washington times|
new york post|the new york post|new york daily news|daily news|the washington examiner|washington examiner`;

const COMPANIES = `apple|google|alphabet|microsoft|amazon|facebook|twitter|instagram|youtube|snapchat|linkedin|netflix|hulu|spotify|
uber|lyft|airbnb|tesla|spacex|ibm|intel|oracle|cisco|samsung|sony|nintendo|toyota|honda|general motors|chrysler|
boeing|airbus|lockheed martin|exxon|exxonmobil|chevron|bp|shell|walmart|wal-mart|costco|starbucks|mcdonald's|
coca-cola|pepsi|pepsico|nike|adidas|disney|comcast|verizon|at&t|t-mobile|time warner|viacom|goldman sachs|morgan stanley|
jpmorgan|jpmorgan chase|citigroup|citibank|wells fargo|bank of america|barclays|hsbc|deutsche bank|credit suisse|ubs|
blackrock|berkshire hathaway|fannie mae|freddie mac|aetna|humana|pfizer|merck|johnson & johnson|mylan|volkswagen|
trump organization|trump university|halliburton|monsanto|bayer|siemens|gazprom|rosneft|aramco|huawei|alibaba|baidu|yahoo`;

const PUBLIC_BODIES = `pentagon|congress|senate|house|house of representatives|parliament|supreme court|state department|
justice department|treasury|federal reserve|the fed|secret service|homeland security|border patrol|census bureau|
scotland yard|downing street|whitehall|interpol|europol|united nations|european union|european commission|
world bank|world trade organization|red cross|amnesty international|human rights watch|greenpeace|planned parenthood|
national rifle association|aclu|naacp|peace corps|navy|marines|marine corps|air force|army|coast guard|national guard|
teamsters|afl-cio|chamber of commerce|u.s. chamber of commerce|heritage foundation|brookings|brookings institution|
cato institute|tax foundation|tax policy center|american enterprise institute|rand corporation|
black lives matter|tea party|occupy wall street|taliban|hamas|hezbollah|al-qaeda|al qaeda|islamic state|boko haram|
al-shabab|muslim brotherhood|nafta|opec|nato|g20|harvard|yale|princeton|stanford|
georgetown|mit|oxford university|cambridge university|clinton foundation`;

/** Organisations often named with no cue word, lower-cased. */
export const WELL_KNOWN_ORGANIZATIONS: ReadonlySet<string> = new Set(
  [MEDIA, COMPANIES, PUBLIC_BODIES].flatMap((list) => list.split('|').map((name) => name.trim())),
);

/**
 * Buildings and districts that stand for a government ("the White House said") but are places
 * first; news NER (CoNLL/CoreNLP) tags them as locations, and so do we.
 */
export const LANDMARK_PLACES: readonly string[] = [
  'white house', 'capitol', 'capitol hill', 'national mall', 'ground zero', 'kremlin',
];
