/**
 * Common first names that tell a person's gender, so `she said` is not given to a man named just
 * before (`... Donald Trump. "Q," she said.`). Honorifics (`Mr.`, `Mrs.`) decide first; these only
 * fill in when the article gives none. Written by hand from general knowledge of names frequent in
 * English-language news; names used for both (Jordan, Taylor, Kim, Leslie) are left out on purpose,
 * so an unlisted name leaves the gender unknown and any pronoun may take it. Lower case.
 */

export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set(
  `hillary nancy elizabeth sarah carly megyn michelle melania ivanka chelsea condoleezza nikki kellyanne susan
mary patricia jennifer linda barbara margaret jessica karen lisa betty dorothy sandra ashley kimberly donna emily
carol ruth sharon laura cynthia amy angela helen anna brenda pamela nicole samantha katherine catherine christine
debbie deborah rachel janet maria heather diane julie joyce victoria  joan evelyn judith megan andrea
cheryl hannah jacqueline martha gloria teresa sara janice julia marie madison grace judy theresa beverly denise
marilyn amber danielle rose brittany diana abigail natalie jane lori alexis tiffany kayla anne annie kathleen
kathy valerie loretta maxine dianne kirsten amy tammy marsha jill  sonia elena ruth angela theresa
marine sophie christiane ursula federica theresa alice claire emma olivia ava isabella mia charlotte harper
phyllis gretchen katie katy tina oprah rosie ellen whoopi joy huma cheryl debra wendy donna paula rebecca
kirstjen condi jeanne jeanine laura lena stephanie susana bernadette`.split(/\s+/).filter(Boolean),
);

export const MALE_FIRST_NAMES: ReadonlySet<string> = new Set(
  `donald barack bernie ted marco jeb john ben chris rand mike mitt paul joe bill george ronald jimmy richard
james robert michael william david charles thomas christopher daniel matthew anthony mark steven andrew kenneth
joshua kevin brian edward ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
scott brandon benjamin samuel gregory frank alexander raymond patrick jack dennis jerry tyler aaron jose adam henry
nathan douglas zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean
austin arthur lawrence jesse dylan bryan joe  billy bruce albert willie gabriel logan alan juan wayne
roy ralph randy eugene vincent russell elijah louis bobby philip johnny reince newt rudy rick lindsey mitch
harry tim jim tom bob dick hank steve dan doug greg ken ron pete rob sam nick fred ed al vladimir francois
emmanuel angelo boris xi shinzo narendra recep benjamin bibi ehud hassan bashar justin enrique vicente
felipe  francis hugh sean tucker bret lester chuck wolf anderson jake jeff lou rush glenn sebastian stephen
corey reince kellan elijah jared eric `.split(/\s+/).filter(Boolean),
);

/** `m` or `f` when a first name tells it, else undefined. */
export function genderOfFirstName(first: string): 'm' | 'f' | undefined {
  const name = first.toLowerCase();
  if (FEMALE_FIRST_NAMES.has(name)) return 'f';
  if (MALE_FIRST_NAMES.has(name)) return 'm';
  return undefined;
}
