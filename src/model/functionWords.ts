// The short words that tell Indonesian from English: a study's language at reading, a sentence's on the page.

export const INDONESIAN_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  "yang dan di ini dengan untuk dalam pada dari adalah tersebut kerja sama penelitian merupakan oleh sebagai atau tidak juga akan bahwa kota antara kedua hasil menggunakan melalui serta ke telah dapat bagi".split(
    " ",
  ),
);

export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  "the and of to in is this with for that by are as was from which between study research city cities its it be has have an on these into their used".split(
    " ",
  ),
);
