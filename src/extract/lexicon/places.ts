import { LANDMARK_PLACES } from './organizations.js';

/**
 * A small gazetteer: countries, US states, major cities and regions, so that a place named once
 * with no context ("talks with Syria") is still a place. Written for this project; not exhaustive
 * on purpose — context rules (src/extract/entities/classify.ts) find the rest.
 */

const COUNTRIES = `Afghanistan|Albania|Algeria|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|Bangladesh|
Belarus|Belgium|Bolivia|Bosnia|Brazil|Britain|Bulgaria|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Croatia|Cuba|
Cyprus|Czech Republic|Denmark|Ecuador|Egypt|England|Eritrea|Estonia|Ethiopia|Finland|France|Georgia|Germany|Ghana|Greece|
Guatemala|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|
Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Libya|Lithuania|Luxembourg|Malaysia|Mali|Malta|Mexico|Moldova|Mongolia|Morocco|
Mozambique|Myanmar|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|Northern Ireland|Norway|Oman|Pakistan|
Palestine|Panama|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Scotland|Senegal|Serbia|
Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Sweden|Switzerland|Syria|Taiwan|
Tajikistan|Tanzania|Thailand|Tunisia|Turkey|Turkmenistan|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|
United States of America|America|Uruguay|Uzbekistan|Venezuela|Vietnam|Wales|Yemen|Zambia|Zimbabwe|Gaza|West Bank|Crimea|Kurdistan|Soviet Union|Korea`;

const US_STATES = `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|
Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|
New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|
South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming`;

const CITIES = `London|Paris|Berlin|Madrid|Rome|Moscow|Beijing|Shanghai|Tokyo|Delhi|New Delhi|Mumbai|Cairo|Baghdad|Mosul|Aleppo|
Damascus|Raqqa|Tehran|Kabul|Istanbul|Ankara|Jerusalem|Tel Aviv|Beirut|Riyadh|Dubai|Brussels|Vienna|Geneva|Zurich|Amsterdam|
Dublin|Edinburgh|Glasgow|Manchester|Liverpool|Birmingham|Leeds|Bristol|Cardiff|Belfast|Oxford|Cambridge|Athens|Warsaw|Kiev|Kyiv|
Stockholm|Oslo|Copenhagen|Helsinki|Lisbon|Barcelona|Milan|Munich|Frankfurt|Hamburg|Prague|Budapest|Sydney|Melbourne|Toronto|
Montreal|Vancouver|Ottawa|Washington|New York City|Los Angeles|Chicago|Houston|Philadelphia|Phoenix|San Francisco|San Diego|
Dallas|Miami|Atlanta|Boston|Seattle|Denver|Detroit|Cleveland|Las Vegas|Orlando|Charlotte|Pittsburgh|Baltimore|Brooklyn|
Manhattan|Harlem|Queens|Bronx|Hong Kong|Singapore|Seoul|Pyongyang|Bangkok|Jakarta|Manila|Karachi|Lahore|Islamabad|Nairobi|
Lagos|Johannesburg|Cape Town|Mexico City|Havana|Caracas|Lima|Bogota|Buenos Aires|Rio de Janeiro|Sao Paulo|Brasilia|Tripoli|
Benghazi|Sanaa|Aden|Doha|Abu Dhabi|Fallujah|Ramadi|Tikrit|Kirkuk|Erbil|Basra|Palmyra|Homs|Idlib|Sinjar`;

const REGIONS = `Europe|Asia|Africa|North America|South America|Latin America|Middle East|Antarctica|Arctic|Balkans|Caribbean|
Scandinavia|Siberia|Midwest|Silicon Valley|Wall Street|Gulf|Mediterranean|Atlantic|Pacific|Pacific Ocean|Atlantic Ocean|
Black Sea|Red Sea|Persian Gulf|Sahara|Himalayas|Alps|Euphrates|Tigris|Nile|Thames|Mississippi River`;

// US state abbreviations as US papers write them after a town ("Charlotte, N.C."), leaving out the
// ones that are also words or titles (Miss., Ind., Mass., Del., Wash.).
const STATE_ABBREVIATIONS = `Ala|Ariz|Ark|Calif|Colo|Conn|Fla|Kan|Mich|Minn|Neb|Nev|Okla|Tenn|Tex|Wis|Wyo|N.C.|N.Y.|N.J.|N.H.|N.M.|
N.D.|S.C.|S.D.|R.I.|D.C.|W.Va.|Va.`;

const split = (list: string) => list.split('|').map((name) => name.trim().toLowerCase());

/** Countries (and the home nations), lower-cased. A place followed by one of these gets it as its country. */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set([...split(COUNTRIES), ...split(US_STATES), ...split(STATE_ABBREVIATIONS)]);

/** Every known place name, lower-cased. */
export const PLACE_NAMES: ReadonlySet<string> = new Set([...split(COUNTRIES), ...split(US_STATES), ...split(STATE_ABBREVIATIONS), ...split(CITIES), ...split(REGIONS), ...LANDMARK_PLACES]);

/**
 * Nationality and group adjectives ("Iraqi troops", "Kurdish forces", "Democratic nominee"), and
 * religions. They are not people, places or organisations (CoreNLP calls them MISC), so they are
 * dropped from the front of a name and never stand alone as an entity.
 */
export const DEMONYMS: ReadonlySet<string> = new Set(
  `american americans british english french german italian spanish russian chinese japanese korean indian pakistani afghan
iraqi iraqis iranian syrian syrians turkish kurdish kurds arab arabs israeli israelis palestinian palestinians egyptian saudi
lebanese libyan yemeni jordanian european europeans african asian mexican canadian australian irish scottish welsh dutch belgian
swiss swedish norwegian danish polish ukrainian greek portuguese brazilian cuban venezuelan nigerian kenyan somali ethiopian
christian christians muslim muslims jewish jews islamic islamist islamists sunni shia shiite catholic protestant democratic
republican democrat democrats republicans conservative conservatives liberal liberals western eastern northern southern
latino latinos hispanic hispanics black white asian-american african-american lithuanian latvian estonian finnish
hungarian romanian bulgarian serbian croatian bosnian czech slovak austrian burmese vietnamese thai filipino indonesian
malaysian taiwanese bangladeshi nepalese afghans rohingya
islam christianity judaism hinduism buddhism catholicism`.split(/\s+/),
);
