import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../helpers/articles.js';
import { extractQuotes } from '../../src/extract/quotes/index.js';
import { cleanMention } from '../../src/extract/quotes/clean-mention.js';
import type { RawQuote } from '../../src/extract/quotes/raw-quote.js';
import { isSingular } from '../../src/extract/quotes/pronoun-antecedents.js';

/** Our own short articles: a headline line, then the given paragraphs. */
async function quotesOf(...paragraphs: string[]) {
  return extractQuotes(await articleFromParagraphs(...paragraphs));
}

describe('speaker attribution', () => {
  it.each([
    ['a quote ending in its own "!"', '"We loved every minute of the show!" Jane Porter said.', 'Jane Porter'],
    ['a long appositive before the cue', '"The vote is close," Sam Reyes, a strategist in the capital and former adviser to the governor, said.', 'Sam Reyes'],
    ['a name with an "of" phrase and no comma', '"Whether the dam holds is unknown" Lee Park of the Hill Institute for Water Studies wrote on Monday.', 'Lee Park'],
    ['a party tag in parentheses', '"It reminds us what matters," Sen. Ana Ruiz (D-Ore.) said on Saturday night at the hall.', 'Ana Ruiz'],
    ['a lower-case description before a name', '"The plan is sound," said former harbour master Tom Hale.', 'Tom Hale'],
    ['an adjective opening the description', '"I will not apologise," said retired surgeon Ben Ortiz, asked about it.', 'Ben Ortiz'],
    ['an indefinite speaker', '"It will be close," said one town councillor.', 'one town councillor'],
    ['a demonstrative speaker', '"They do not trust him," this source told the paper.', 'this source'],
    ['a participle after the subject', 'Hours later, Jane Porter waved to the crew, telling reporters: "They saved the town."', 'Jane Porter'],
    ['a participle without a comma', 'Jane Porter answered the question online writing, "Yes, I will. That was a poor choice of words."', 'Jane Porter'],
    ['a transcript label', 'Rep. Ana Ruiz (D-Ore.): "I have never heard that figure before today."', 'Ana Ruiz'],
    ['a label after a dash', 'Polls missed the result - Carl Olsen: "The lesson is to keep calling voters."', 'Carl Olsen'],
    ['an "As X put it" attribution', 'As the Harbour Times put it, "The bridge is a triumph of patience."', 'Harbour Times'],
    ['an infinitive cue after the verbs of its subject', 'The meeting was so calm that Tom Hale was prompted to say, "I cannot believe how civil it has been."', 'Tom Hale'],
    ['a noun cue after a closing quote', '"The mayor should act like a leader," the editorial read.', 'editorial'],
    ['a noun-like cue right after the quotation', '"The mayor should act like a leader," reads an editorial in the Harbour Times.', 'editorial in the Harbour Times'],
    ['a noun-like cue after a long described subject', '"Come and live by the sea!" a message on the harbour website reads.', 'message'],
    ['an unlisted verb closing the sentence after a comma', '"The town will always be the town," an angry Tom Hale retaliated.', 'angry Tom Hale'],
    ['a cue after a question that ends in a quote within the quote', '"She said to me, ‘Why not build it?’" Jane Porter told reporters.', 'Jane Porter'],
    ['a bare cue with a long circumstance', '"Will the bridge hold, who knows?" Jane Porter told the Harbour Times in an interview aired on Monday when asked about it.', 'Jane Porter'],
    ['a noun-like cue word as the source of "according to"', 'The witness said the order was meant to "keep the vote quiet for another week," according to the report.', 'report'],
    ['a description that goes on to speak', 'The letter goes on to say: "We will build the bridge next year and you will love it."', 'letter'],
    ['a possessive description after a long opening clause', 'Even before Hale took the stage on Tuesday night to thank the crowd, his campaign sent a message to supporters saying: "With your help, we won the vote."', 'his campaign'],
    ['a name whose appositive is never closed', '"The town needs a plan for the bridge," Nate Hale, the harbour guru who founded the club wrote on Wednesday.', 'Nate Hale'],
    ['a title holding an initialism', '"The sentence would help address any false perception," Assistant U.S. Attorney Maya D. Song wrote.', 'Maya D. Song'],
    ['an age as the described speaker', '"What if the mayor had lessons?" the 43-year-old asked in the video.', '43-year-old'],
    ['a verb with a particle of reply', '"The mayor wants to be a tough guy tonight," Tom Hale shot back.', 'Tom Hale'],
    ['an unlisted past-tense verb before the name', '"An awful lot of people said no to the bridge," remembered Tom Hale, the former harbour master.', 'Tom Hale'],
    ['a name right before a colon with no cue', 'As for the result, it does not surprise harbour pollster Ben Ortiz: "Small towns always vote for the bridge."', 'Ben Ortiz'],
    ['a cue after a question with a long circumstance', '"It looks like we will not have a very good relationship, who knows?" Tom Hale told the Harbour Times in an interview aired on Monday when asked how ties would fare if he won the vote in November.', 'Tom Hale'],
    ['a name that is also a modal, before a past tense', '"The storm over the harbour is a reminder of what we owe," Will wrote.', 'Will'],
    ['a surname that is also a verb of saying', '"On the political risk, we have assessed this deal with care," Read said.', 'Read'],
    ['a long appositive and a cue said by telephone', '"If not for the swap, I would have been stuck at sea for a long time," Mr. Hale, now 81 and retired in Salem, Ore., said by telephone this week.', 'Hale'],
    ['an "X put it:" attribution with a colon', 'Or, as Tom Hale, a former harbour master, put it: "The gulls are no longer at the gate. They are inside."', 'Tom Hale'],
    ['an unlisted verb before the name after a cry', '"This is fantastic and we love it!" beamed Tom Hale of Salem, Oregon, who snapped a photo.', 'Tom Hale'],
    ['an unlisted verb before the name after a full stop', '"The mayor said the bridge was safe. What bridge?" reacted Tom Hale.', 'Tom Hale'],
    ['an unlisted verb closing the attribution before a time', '"If they were serious about the bridge, they would have come," Tom Hale fumed on Tuesday.', 'Tom Hale'],
    ['a cue after an appositive holding a quoted name', '"We have had better years than this one," Tom Hale, a harbour master wearing a "Save the Pier" badge on his coat, said.', 'Tom Hale'],
  ])('attributes %s', async (_, paragraph, speaker) => {
    const quotes = await quotesOf(paragraph);
    expect(quotes[0]).toMatchObject({ kind: 'direct', speaker });
  });

  it.each([
    ['a passive participle and its agent after a stop', 'The mayor called the plan "a sham." reported earlier by the Herald.', 'mayor'],
    ['a passive participle and its agent after a comma', '"The plan is a sham," reported earlier by the Herald.', null],
    ['an inverted verb and a name (no agent)', '"The plan is a sham," recalled Tom Ortiz.', 'Tom Ortiz'],
    ['an inverted cue, a name and a circumstance with "by"', '"The plan is a sham," said Tom Ortiz by phone.', 'Tom Ortiz'],
    ['an inverted description and a time', '"The plan is a sham," said the mayor on Monday.', 'mayor'],
    ['an inverted description and a period', '"The plan is a sham," said the mayor last week.', 'mayor'],
    ['an inverted name and a bare weekday', '"The plan is a sham," said Tom Ortiz Monday.', 'Tom Ortiz'],
    ['an inverted outlet and a time', '"The plan is a sham," reported the Herald on Monday.', 'Herald'],
    ['a weekday inside a name (no time)', '"The plan is a sham," said the head of the Monday Club.', 'Monday Club'],
    ['a weekday right after an inverted cue (no speaker)', 'The plan, said Friday the harbour board, is "a sham and a waste of money."', null],
    ['a weekday ending an according-to source', 'The harbour lost $3 million, according to figures the board released Friday.', 'figures board released Friday'],
    ['a body named with party and role words', '"The plan is a sham," the Republican National Committee said.', 'Republican National Committee'],
    ['an outlet named with a role word', '"The plan is a sham," Vice News reported.', 'Vice News'],
    ['a role and a name (no body)', '"The plan is a sham," said Vice President Ana Ruiz.', 'Ana Ruiz'],
    ['a place after a description (no time)', '"The plan is a sham," said a source in the White House.', 'source in the White House'],
  ])('gives the speaker of %s', async (_, paragraph, speaker) => {
    const quotes = await quotesOf(paragraph);
    expect(quotes[0]).toMatchObject({ speaker });
  });

  it.each([
    ['a participle joined to the one a "with" phrase gives its subject', 'The council was quick to answer, with Tom Hale tweeting that it was a "disaster" and asking, "How can someone with such bad judgement run the harbour?"', 'Tom Hale'],
    ['a participle after a "with" subject and an adverb', 'At a rally in Salem, Oregon, on Saturday, supporters pushed a heckler, with Hale reportedly yelling: "Get him out of the harbour hall!"', 'Hale'],
    ['a participle right after a bare clause of saying', 'Porter did not stay but left as soon as the vote was over, Tom Hale said, adding, "She was not very interested at all."', 'Tom Hale'],
    ['a participle after an inverted clause of saying and a time', 'The two will meet next week, said Tom Hale on Monday, adding, "They need to sit down and have a good talk."', 'Tom Hale'],
    ['a participle opening its sentence after the clause of saying before it', 'Later in the show, Tom Hale stated that the harbour board’s report "was not good." Adding, "Like all harbour scandals, it is never as bad as they say."', 'Tom Hale'],
    ['a participle after a clause with its own object to the sentence subject', 'Ana Ruiz, a harbour pilot, emailed the crew on Monday evening, telling them, "I am proud of every one of you today."', 'Ana Ruiz'],
  ])('gives the direct quote of %s', async (_, paragraph, speaker) => {
    const quotes = await quotesOf(paragraph);
    expect(quotes.find((q) => q.kind === 'direct')).toMatchObject({ speaker });
  });

  it.each([
    ['a partial quote to its sentence subject, not the last name', 'Tom Hale, for his part, is calling the Porter plan "a costly mistake for the town."', 'Tom Hale'],
    ['a partial quote after a fronted phrase and a place', 'In Salem, Oregon, Tom Hale went after Porter, calling her plan "a costly mistake."', 'Tom Hale'],
    ['a partial quote to a described subject', 'The Hale ad hits Porter for taking "more money from the banks than from the town."', 'Hale ad'],
    ['a partial quote to the name after a description', 'The harbour columnist Tom Hale went so far as to call it "a costly mistake for the town."', 'Tom Hale'],
    ['a partial quote to a possessive subject', 'Hale’s campaign shrugged off the new plan, calling the whole thing "a costly mistake."', 'Hale’s campaign'],
    ['a partial quote to a role with an irregular verb', 'The harbour spokesman sought to calm the crowd, saying the pier would "not fall down" this year.', 'harbour spokesman'],
    ['a partial quote to a name after a lower-case description', 'After the vote, retired surgeon Ben Ortiz of the Hill Institute went after the plan as "a costly mistake."', 'Ben Ortiz'],
    ['a partial quote to a name before a dash appositive', 'Ben Ortiz — a surgeon from the coast — says the vote was "a big deal for the town."', 'Ben Ortiz'],
    ['a partial quote to the subject after a participle clause', 'Led by Mayor Jane Porter, the harbour council denounced the plan as "a costly mistake."', 'harbour council'],
    ['a partial quote to the inverted attribution closing its sentence', 'A win would create a "summer of agony" for Porter before the vote, forcing her to fight two rivals, said Brad Bannon, a pollster.', 'Brad Bannon'],
    ['a partial quote after a place and a time in the opening phrase', 'At a rally in Salem, Oregon, on Sunday, Tom Hale tried to explain, saying the town should "keep the bridge open all year."', 'Tom Hale'],
    ['a partial quote to the main clause after a fronted time clause', 'Later, after the harbour hearing concluded, Tom Hale stated that the board’s report was "not good at all."', 'Tom Hale'],
    ['a partial quote after a day and a second opening phrase', 'On Thursday, after staying neutral for months, Tom Hale backed the plan, saying it was "a fighter’s plan for the harbour."', 'Tom Hale'],
    ['a partial quote to an indefinite description', 'A local group calls the plan "a costly mistake for the town."', 'local group'],
  ])('gives %s', async (_, paragraph, speaker) => {
    const quotes = await quotesOf('Mayor Jane Porter opened the bridge.', paragraph);
    expect(quotes.find((q) => q.kind === 'partial')).toMatchObject({ speaker });
  });

  it.each([
    ['a hyphenated adjective before a name', 'A teary-eyed Porter says she is proud of the campaign she ran to save the bridge.', 'Jane Porter'],
    ['an adjective in -ed after the article', 'The self-described harbour socialist said he would win the vote if turnout were high.', 'self-described harbour socialist'],
    ['a name before an appositive that closes with a place', 'Tom Hale, who lives in a small village outside the state capital, Salem, said he still hopes the bridge will open.', 'Tom Hale'],
  ])('finds the reported speaker in %s', async (_, paragraph, speaker) => {
    const quotes = await quotesOf('"The bridge is ready," said Mayor Jane Porter.', paragraph);
    expect(quotes.at(-1)).toMatchObject({ kind: 'reported', speaker });
  });

  it.each([
    ['an age, a home town and a state in the appositive', 'Cory Hale, 22, of Flint, Mich., said he had not given up hope that the council could pull a "surprise, a big one."', 'Cory Hale'],
    ['a wire dateline in any case', 'Salem (AFP) – Mayor Ana Ruiz has taken a swipe at the harbour board, saying that "bombastic comments" do more harm than good.', 'Ana Ruiz'],
  ])('gives a partial quote after %s to the person named', async (_, paragraph, speaker) => {
    const quotes = await quotesOf(paragraph);
    expect(quotes.find((q) => q.kind === 'partial')).toMatchObject({ speaker });
  });

  it('reads a party label before a name as no part of the name', async () => {
    const quotes = await quotesOf('"The bridge is ours," said Ana Ruiz.', '"We built it," Republican Ana Ruiz told the crowd.');
    expect(quotes.map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  it('keeps two indefinite speakers apart from each other and from named ones', async () => {
    const quotes = await quotesOf('"It will be close," an Ohio Democrat said.', '"She is too far behind," a Texas Democrat said.');
    expect(quotes.map((q) => q.speaker)).toEqual(['Ohio Democrat', 'Texas Democrat']);
  });

  it.each([
    ['an adjective and a party word', 'an angry Republican', 'angry Republican'],
    ['an adjective and a demonym noun', 'a visiting Brit', 'visiting Brit'],
    ['an -ing adjective and a party word', 'a leading Democrat', 'leading Democrat'],
    ['an adjective and a name (a named person described)', 'a flabbergasted Hale', 'Tom Hale'],
  ])('reads %s after "a" as a new unnamed person unless it is a name', async (_, phrase, speaker) => {
    const quotes = await quotesOf('"We are ready," said Tom Hale.', `"This bridge is a disgrace to the state," said ${phrase}.`);
    expect(quotes.at(-1)).toMatchObject({ speaker });
  });

  it('does not take the object of the cue before for the speaker of a quotation that opens the next sentence', async () => {
    const quotes = await quotesOf('Tom Hale spoke first.', 'Jane Porter, the mayor, tweeted a warning. "Harbour: remember in November who voted against the bridge."');
    expect(quotes.at(-1)).toMatchObject({ kind: 'direct', speaker: 'Jane Porter' });
  });

  it('continues a quotation that opens a sentence with the speaker of the cue just before', async () => {
    const quotes = await quotesOf('Jane Porter spoke first.', 'Tom Hale agreed. "Mainstream voters are running out of patience with the council."');
    expect(quotes.at(-1)).toMatchObject({ kind: 'direct', speaker: 'Tom Hale' });
  });

  it('takes a dash signature under a quoted paragraph as its speaker', async () => {
    const quotes = await quotesOf('Fact checkers looked at these claims.', '"The harbour pays no taxes at all."', '- Porter.');
    expect(quotes).toEqual([expect.objectContaining({ speaker: 'Porter', cue: '-', kind: 'direct' })]);
  });

  it('does not give a quotation to a clause joined after it', async () => {
    const quotes = await quotesOf('In an interview, Tom Hale said he "delivered a letter to the mayor today" and he said he hoped for action.');
    expect(quotes[0]).toMatchObject({ kind: 'partial', speaker: 'Tom Hale' });
  });

  it('keeps the speaker of "X claimed that" for the quote when another clause of saying follows it', async () => {
    const quotes = await quotesOf('Tom Hale claimed on Tuesday that "the bridge is late by a year," one of the engineers said the costs differ.');
    expect(quotes[0]).toMatchObject({ kind: 'partial', speaker: 'Tom Hale', cue: 'claimed' });
  });

  it('keeps a possessive description apart from the person the article gives that role', async () => {
    const quotes = await quotesOf('"We will win," said campaign manager Tom Hale.', '"The count is wrong," her campaign manager said.');
    expect(quotes.map((q) => q.speaker)).toEqual(['Tom Hale', 'her campaign manager']);
  });

  it('keeps two outlets apart although their names end alike', async () => {
    const quotes = await quotesOf('"The vote is close," Harbour News reported.', '"The count is wrong," Valley News said.');
    expect(quotes.map((q) => q.speaker)).toEqual(['Harbour News', 'Valley News']);
  });

  it('resolves a pronoun to the person named before it when no one was quoted yet', async () => {
    const quotes = await quotesOf('Tom Hale spent the morning at the bridge with his crew, and Hale stayed late.', '"We are nearly done," he said.');
    expect(quotes[0]).toMatchObject({ speaker: 'Tom Hale', mention: 'he' });
  });

  it('gives "she" to the woman named before, not to the man named last', async () => {
    const quotes = await quotesOf('"The bridge is ready," said Nancy Porter.', '"It is not," said Tom Hale.', '"We will see on Monday," she said.');
    expect(quotes.map((q) => q.speaker)).toEqual(['Nancy Porter', 'Tom Hale', 'Nancy Porter']);
  });

  it('takes no event named with a weekday for a person a pronoun may stand for', async () => {
    const quotes = await quotesOf('"We won big," said Ana Ruiz.', 'Voters went to the polls on Super Tuesday. "What a night!" she said.');
    expect(quotes.at(-1)).toMatchObject({ speaker: 'Ana Ruiz' });
  });

  it('completes a surname with a full name read at a sentence end, without the stop', async () => {
    const quotes = await quotesOf('The board heard from his old boss Ben Ortiz.', '"I knew nothing of it," Ortiz said.');
    expect(quotes[0]).toMatchObject({ speaker: 'Ben Ortiz' });
  });

  it('keeps two people who share a surname apart, and one with a two-word surname together', async () => {
    const quotes = await quotesOf(
      '"The bridge is ready," said Nancy Porter.',
      '"It is not," said Tom Porter.',
      '"We will see," said Ana Costa Ruiz.',
      '"Soon," Costa Ruiz added.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Nancy Porter', 'Tom Porter', 'Ana Costa Ruiz', 'Ana Costa Ruiz']);
  });

  it('resolves "it" to the body or document that spoke just before, never to a person', async () => {
    const quotes = await quotesOf(
      'The harbour board said in a statement that the bridge would open in May.',
      '"We will keep the old pier open too," it added.',
      '"The board is wrong," a harbour official said.',
      '"It always was," it said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['harbour board', 'harbour board', 'harbour official', 'harbour board']);
  });

  it.each([
    ['a courtesy title and a surname', 'Mrs. Porter thanked the crew and Mr. Hale. "We could not have done it without them," she said.', 'Porter'],
    ['a name after a lower-case role word', 'To harbour professor Brigid Ortiz, the bridge looked sad. "It looked like a bitter pill to swallow," she said.', 'Brigid Ortiz'],
    ['a name after a role and its comma', 'The harbour director, Jon Q. Rask, stayed late. "We are nearly done," he said.', 'Jon Q. Rask'],
  ])('resolves a pronoun with no speaker before it to %s', async (_, paragraph, speaker) => {
    const quotes = await quotesOf(paragraph);
    expect(quotes.at(-1)).toMatchObject({ speaker });
  });

  it.each([
    ['the subject of its own sentence over an object named later', ['"We will win," Jeb Hale said.', '"He is a chaos candidate," Tom Porter said.', 'Hale went after Porter at the debate, when he called the mayor "unhinged and a chaos candidate."'], 'Jeb Hale'],
    ['the subject of the sentence before over a name in its object', ['"We will win," Tom Porter said.', 'Arturo Ruiz, the harbour master, said the town must rebut Porter\'s claims. The new plan is "a very welcome tack," he said.'], 'Arturo Ruiz'],
    ['the nearest person when a subject too', ['Tom Hale said the bridge was safe.', 'Ben Ortiz said it was not.', 'Hale spoke first. Ortiz spoke next. "The bridge will not stand another winter," he said.'], 'Ben Ortiz'],
    ['an earlier subject over a nearest person in an object', ['Tom Hale said the bridge was safe.', 'Ben Ortiz said it was not.', 'Hale spoke first, after Ortiz. "The bridge will not stand another winter," he said.'], 'Tom Hale'],
  ])('resolves a pronoun to %s', async (_, paragraphs, speaker) => {
    const quotes = await quotesOf(...paragraphs);
    expect(quotes.at(-1)).toMatchObject({ speaker });
  });

  it('resolves a pronoun to the bearer of a shared surname named there in full, of its gender', async () => {
    const quotes = await quotesOf('"The bridge is ready," said Nancy Porter.', '"It is not," said Tom Porter.', '"Maybe," said Jim Hale.', 'Later, Tom Porter toured the pier with the crew. "We are nearly done," he said.');
    expect(quotes.at(-1)).toMatchObject({ speaker: 'Tom Porter', mention: 'he' });
  });

  it('resolves "she" to a woman named in full, not to the man quoted under her surname', async () => {
    const quotes = await quotesOf('"We will win," said Tom Porter.', 'His daughter, Nancy Porter, spoke next. "He is a fighter," she said.');
    expect(quotes.at(-1)).toMatchObject({ speaker: 'Nancy Porter', mention: 'she' });
  });

  it('leaves "it" unresolved when no body or document spoke in the paragraphs before', async () => {
    const quotes = await quotesOf('"We are nearly done," Tom Hale said.', '"The pier will hold," it said.');
    expect(quotes.at(-1)).toMatchObject({ speaker: null, mention: 'it' });
  });

  it('does not take a place for the person a pronoun stands for', async () => {
    const quotes = await quotesOf('The bridge over the River Dee opened in New Harbour on Monday.', '"We are nearly done," he said.');
    expect(quotes[0]).toMatchObject({ speaker: null, mention: 'he' });
  });

  it('does not take a noun after a name for a cue', async () => {
    const quotes = await quotesOf('Tom Hale said the Harbour attacks made it "a dangerous place."');
    expect(quotes[0]).toMatchObject({ speaker: 'Tom Hale', cue: 'said' });
  });

  it('drops a capitalised sentence opener from a merged name', async () => {
    const quotes = await quotesOf('Both Hale and Porter came, and both stayed for both talks.', '"I was always going to support the nominee," said Hale.', 'Tom Hale left early.');
    expect(quotes[0]).toMatchObject({ speaker: 'Tom Hale' });
  });

  it('drops a sentence opener from a full name even where the article capitalises it more often', async () => {
    const quotes = await quotesOf('While Hale spoke, the crowd cheered. While Hale waved, the band played.', 'The band played on while the crowd left.', '"We will build the bridge next year," Hale said.');
    expect(quotes[0]).toMatchObject({ speaker: 'Hale' });
  });

  it('gives a newsletter item’s quotation to its upper-case heading, not to the person named last', async () => {
    const quotes = await quotesOf('Tom Hale opened the bridge on Monday.', 'HARBOUR TRADE SLOWS DOWN “The slowdown is fostering a cycle of decline across the coast.” [Harbour Times.]');
    expect(quotes.at(-1)).toMatchObject({ kind: 'direct', speaker: 'HARBOUR TRADE SLOWS DOWN' });
  });

  it('keeps an upper-case heading whole as its speaker', async () => {
    const quotes = await quotesOf('Tom Hale opened the bridge on Monday.', 'UN: HARBOUR TRADE SLOWS FOR GOOD “The slowdown is fostering a cycle of decline across the coast.” [Harbour Times.]');
    expect(quotes.at(-1)).toMatchObject({ kind: 'direct', speaker: 'UN: HARBOUR TRADE SLOWS FOR GOOD' });
  });

  it('gives a quotation in an embedded post to the name that signs it', async () => {
    const quotes = await quotesOf('Tom Hale opened the bridge. "It is open," he said.', '“The bridge will open in June and everyone is invited” — Jo Park (@jopark) June 29, 2016');
    expect(quotes.at(-1)).toMatchObject({ kind: 'direct', speaker: 'Jo Park' });
  });

  it('does not resolve "the former mayor" to the one person the article calls mayor', async () => {
    const quotes = await quotesOf('"The bridge is open," Mayor Jane Porter said.', '"It was my idea," the former mayor said.');
    expect(quotes.at(-1)).toMatchObject({ speaker: 'former mayor' });
  });

  it('does not give "she" to an initialism quoted before', async () => {
    const quotes = await quotesOf('"Sales are up," HP said.', 'Jane Porter met the board in May. Porter was pleased. "We will buy them," she said.');
    expect(quotes.at(-1)).toMatchObject({ speaker: 'Jane Porter' });
  });

  it('reads the subject after an upper-case dateline and its dash', async () => {
    const quotes = await quotesOf('HARBOURTOWN — Sen. Ana Ruiz on Wednesday downplayed the attack and said it was "a wise choice for the town."');
    expect(quotes[0]).toMatchObject({ speaker: 'Ana Ruiz', kind: 'partial' });
  });
});

describe('speaker phrases cleaned of sentence openers', () => {
  const raw = (text: string, cue: string | null = 'said'): RawQuote => ({
    kind: 'direct', fragments: [{ start: 0, end: 1 }], mention: { start: 10, end: 10 + text.length, text },
    cue: cue === null ? null : { start: 0, end: cue.length, text: cue }, audience: null, paragraph: 1, sentence: 0, continues: false,
  });

  it.each([
    ['While Trump', 'Trump', 16],
    ['Maybe Tom Hale', 'Tom Hale', 16],
    ['But then Porter', 'Porter', 19],
  ])('strips the opener of %s', (text, kept, start) => {
    expect(cleanMention(raw(text))).toEqual({ start, end: 10 + text.length, text: kept });
  });

  it.each([['Even'], ['Because'], ['The'], ["I'm"], ['Likewise,'], ['a recent'], ["There's an"], ['Having']])('names no one with %s alone', (text) => {
    expect(cleanMention(raw(text))).toBeNull();
  });

  it.each([['Others'], ['Many'], ['an Iowa Democrat'], ['the senator'], ['Read'], ['CNN']])('keeps %s', (text) => {
    expect(cleanMention(raw(text))?.text).toBe(text);
  });

  it('takes a lone upper-case word before a quotation with no cue for a dateline', () => {
    expect(cleanMention(raw('PHILADELPHIA', null))).toBeNull();
    expect(cleanMention(raw('WASHINGTON', 'saying'))).toBeNull();
    expect(cleanMention(raw('TAPPER', ':'))?.text).toBe('TAPPER');
  });
});

describe('speakers "it" may stand for', () => {
  it.each([
    ['Vice News', true],
    ['State Department', true],
    ['NBCNews', true],
    ['Harbour Times', true],
    ['harbour board', true],
    ['harbour officials', false],
    ['RNC member', false],
    ['a source familiar', false],
    ['Republicans', false],
  ])('reads %j as singular: %s', (name, singular) => {
    expect(isSingular(name)).toBe(singular);
  });
});
