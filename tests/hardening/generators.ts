/**
 * fast-check generators of hostile and broken input: articles assembled from sentences written
 * for these tests (quotes, speakers, numbers, dates, abbreviations), laced with terminal escape
 * sequences, control and bidi characters, markup and the runs of characters that make careless
 * regular expressions backtrack. No text here is copied from real news.
 */
import fc from 'fast-check';

/** Escape sequences and control characters a hostile article may carry. */
export const PAYLOADS = [
  '\u001b[31m', // CSI: colour
  '\u001b[2J\u001b[H', // CSI: clear screen, cursor home
  '\u001b[38;2;255;0;0m', // CSI: true colour
  '\u001b[1A\u001b[2K', // CSI: cursor up, erase line (hides what came before)
  '\u001b]0;owned title\u0007', // OSC: window title, BEL-terminated
  '\u001b]8;;https://evil.example/\u001b\\link\u001b]8;;\u001b\\', // OSC 8 hyperlink, ST-terminated
  '\u001b]52;c;ZWNobyBvd25lZA==\u0007', // OSC 52: write the clipboard
  '\u001b]1337;File=inline=1:AAAA', // OSC left unterminated
  '\u001bP+q544e\u001b\\', // DCS: request terminfo
  '\u001b_hidden\u001b\\', // APC
  '\u001b', // lone ESC
  '\u001bc', // ESC c: full reset
  '\u009b31m', // 8-bit CSI
  '\u009d0;title\u009c', // 8-bit OSC with 8-bit ST
  '\u0090dcs\u009c', // 8-bit DCS
  '\u0085', // NEL
  '\u0007', // BEL
  '\b\b\b\bsafe', // backspace overprinting
  'evil\rsafe', // carriage-return overprinting
  '\u007f', // DEL
  '\u0000', // NUL (makes the input binary if it is within the first 8 KiB)
  '\u000b\u000c', // VT, FF
  '\u202e', // RLO
  '\u202a\u202b\u202c\u202d', // LRE RLE PDF LRO
  '\u2066\u2067\u2068\u2069', // isolates
  '\u2028\u2029', // line and paragraph separators
  '\ufeff', // BOM in the middle
  '\ud800', // lone surrogate
  '$ sudo rm -rf / # ', // a fake prompt line
  'user@host:~$ ',
];

/** Sentences written for these tests: quotes with cues, speakers with titles, numbers, dates. */
export const SENTENCES = [
  'The council voted on Tuesday to close the old bridge.',
  '"We will not give up," said Mayor Anna Lindqvist.',
  'About 1,200 people live within 3 miles of the river.',
  'Dr. Omar Haddad told reporters the water was safe to drink.',
  '"It is a disgrace," he said. "Nobody asked us."',
  'The project cost $4.5m, up 20% on last year.',
  'Police said two men, aged 34 and 41, had been arrested.',
  'According to the U.S. Geological Survey, the quake struck at 5 p.m. on 12 March 2015.',
  'Gen. Maria Ortiz said the troops were "advancing faster than expected".',
  'Shares in Acme Corp. fell 3.2 per cent.',
  'She added: "The fight is far from over."',
  'The Prime Minister, Lars Nyberg, said the plan would "save lives".',
  'Nobody was hurt.',
  'Why did it take so long? Nobody knows.',
  'Workers were told to leave the site within 48 hours...',
  'The club finished third, its best result since 1998!',
  'Residents say the smell has lasted for weeks, and that nothing has been done.',
  "'Things will get better,' the minister promised.",
  '«Nous resterons», a déclaré le maire.',
  'Ein Sprecher sagte, die Lage sei „unter Kontrolle“.',
  '記者会見で、市長は「安全だ」と述べた。',
  'The 2,000-year-old wall stretches 120 km (75 miles).',
  'Mr. and Mrs. Patel, who own the shop, said they had lost "everything".',
  'Inflation rose to 6.1% in May, the highest in 40 years.',
  '"Stop," she shouted.',
];

/** Fragments that hit the slow paths of careless patterns, and markup of every format we read. */
export const TOKENS = [
  ...SENTENCES,
  ...PAYLOADS,
  ' ', '  ', '\n', '\n\n', '\t', '\r\n', '.', '...', '…', '!', '?', '"', '“', '”', '‘', '’', "'", '«', '»', '„',
  ',', ':', ';', '-', '—', '(', ')', '|', ' | Photo: ', 'Photo:', '#', '# ', '## ', '> ', '---\n', 'title: ', 'published: ',
  'Mr.', 'U.S.', 'No.', 'p.m.', 'A.', 'said', 'told', 'according to', 'he said', 'Smith', 'Anna', 'THE', 'BBC', 'NATO',
  '1', '12', '1,000', '3.5', '2016', '20%', '$5m', '£3bn', '10 miles', 'October 20', 'Thursday', 'yesterday',
  '<p>', '</p>', '<h1>', '</h1>', '<div>', '<article>', '<script>alert(1)</script>', '<!--', '-->', '&amp;', '&#27;', '&#x1b;',
  '<?xml version="1.0"?>', '<rss>', '<channel>', '<item>', '<title>', '</title>', '<description>', '</item>', '<![CDATA[', ']]>',
  '<feed xmlns="http://www.w3.org/2005/Atom">', '<entry>', '{', '}', '[', ']', '"text":', '"title":', '\\u001b',
];

/** A string made of the tokens above, so most inputs are near misses of real structure. */
export function tokenSoup(maxTokens = 40): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...TOKENS), { maxLength: maxTokens }).map((parts) => parts.join(''));
}

/** Any string at all: every code unit, lone surrogates included. */
export function anyString(maxLength = 200): fc.Arbitrary<string> {
  return fc.oneof(fc.string({ unit: 'binary', maxLength }), fc.string({ unit: 'grapheme', maxLength }), fc.string({ unit: 'binary-ascii', maxLength }));
}

/** A sentence, sometimes with a payload spliced into it. */
function sentence(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...SENTENCES) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom(...SENTENCES), fc.constantFrom(...PAYLOADS), fc.nat()).map(([s, payload, at]) => {
        const i = at % (s.length + 1);
        return s.slice(0, i) + payload + s.slice(i);
      }),
    },
  );
}

function line(): fc.Arbitrary<string> {
  return fc.array(sentence(), { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
}

/** An article in the plain-text layout: headline, standfirst, dateline, caption, paragraphs, headings. */
export function articleText(): fc.Arbitrary<string> {
  const headline = fc.tuple(fc.constantFrom(...SENTENCES), fc.option(fc.constantFrom(...PAYLOADS))).map(([s, p]) => (p ?? '') + s.replace(/[.!?]$/, ''));
  const extras = fc.constantFrom(
    'bartella, iraq',
    'WASHINGTON',
    'A new plan for the river',
    'Flood defences on the quay | Photo: Jane Doe',
    '## What happens next',
    '> "A quoted paragraph," said the mayor.',
    '---\ntitle: Front matter title\npublished: 2016-10-20\n---',
    `A caption ${PAYLOADS[0]}| Photo: ${PAYLOADS[4]}Evil Credit`,
  );
  const block = fc.oneof({ weight: 5, arbitrary: line() }, { weight: 1, arbitrary: extras });
  return fc
    .tuple(fc.option(fc.constant('---\npublished: 2016-10-20\n---\n')), headline, fc.array(block, { maxLength: 8 }), fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\n\n\n'))
    .map(([front, head, blocks, gap]) => (front ?? '') + [head, ...blocks].join(gap) + '\n');
}

/** Payloads as markup writes them: raw, and as character references a parser decodes. */
function markupPayload(): fc.Arbitrary<string> {
  const encoded = ['&#27;[31m', '&#x1b;]0;owned&#7;', '&#x9b;2J', '&#8238;', '&#x2066;', '&#8;&#8;', '&#13;', '&#0;', '&#xd800;'];
  return fc.oneof(fc.constantFrom(...PAYLOADS.filter((p) => !p.includes('\u0000'))), fc.constantFrom(...encoded));
}

/** Text with a payload spliced in somewhere, for markup. */
function laced(): fc.Arbitrary<string> {
  return fc.tuple(sentence(), fc.option(markupPayload())).map(([s, p]) => (p ? `${s.slice(0, 10)}${p}${s.slice(10)}` : s));
}

/** An HTML page: title, meta tags, headline, byline, paragraphs, a figure, some nesting. */
export function htmlArticle(): fc.Arbitrary<string> {
  return fc
    .tuple(laced(), laced(), fc.array(laced(), { minLength: 1, maxLength: 6 }), fc.nat(30))
    .map(([title, author, paragraphs, depth]) =>
      [
        `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>`,
        `<meta name="author" content="${author.replace(/"/g, '&quot;')}"><meta property="article:published_time" content="2016-10-20">`,
        `</head><body>${'<div>'.repeat(depth)}<article><h1>${title}</h1><p class="byline">By ${author}</p>`,
        ...paragraphs.map((p) => `<p>${p}</p>`),
        `<figure><img src="x.jpg"><figcaption>${author} | Photo: ${title}</figcaption></figure>`,
        `</article>${'</div>'.repeat(depth)}</body></html>`,
      ].join('\n'),
    );
}

/** An RSS or Atom feed of a few items (sometimes none). */
export function feedArticle(): fc.Arbitrary<string> {
  const item = fc.tuple(laced(), laced(), fc.boolean()).map(([title, body, cdata]) => ({ title, body: cdata ? `<![CDATA[<p>${body}</p>]]>` : body }));
  return fc.tuple(fc.array(item, { maxLength: 4 }), fc.boolean(), laced()).map(([items, atom, name]) =>
    atom
      ? `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${name}</title>${items
          .map((i) => `<entry><title>${i.title}</title><updated>2016-10-20T10:00:00Z</updated><content type="html">${i.body}</content></entry>`)
          .join('')}</feed>`
      : `<?xml version="1.0"?><rss version="2.0"><channel><title>${name}</title>${items
          .map((i) => `<item><title>${i.title}</title><pubDate>Thu, 20 Oct 2016 10:00:00 GMT</pubDate><description>${i.body}</description></item>`)
          .join('')}</channel></rss>`,
  );
}

/** Any of the above: written articles, pages, feeds, token soup, and arbitrary strings. */
export function hostileInput(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: articleText() },
    { weight: 1, arbitrary: htmlArticle() },
    { weight: 1, arbitrary: feedArticle() },
    { weight: 3, arbitrary: tokenSoup() },
    { weight: 1, arbitrary: anyString() },
  );
}
