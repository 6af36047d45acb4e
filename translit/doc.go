// Package translit transliterates Russian Cyrillic to Latin by a named
// standard, and compares names written in either script.
//
// # Standards
//
// Each standard is a [golang.org/x/text/transform.Transformer], returned
// by its constructor or by [ByName]; [Names] lists the names. The letters
// that differ between them:
//
//	name          constructor       х   ц      щ     ё          е          й  ъ   ь  ы   э   ю   я
//	gost-7.79-b   GOST779B          x   cz, c  shh   yo         e          j  ``  `  y'  e'  yu  ya
//	icao-9303     ICAO9303          kh  ts     shch  e          e          i  ie  -  y   e   iu  ia
//	bgn-pcgn      BGNPCGN           kh  ts     shch  ë, yë      e, ye      y  ˮ   ʼ  y   e   yu  ya
//	es-practical  SpanishPractical  j   ts     sch   io, o, yo  e, ie, ye  i  -   -  y   e   iu  ia
//
// (- means the letter is dropped.) The others are the same in all four:
// а a, б b, в v, г g, д d, ж zh, з z, и i, к k, л l, м m, н n, о o, п p,
// р r, с s, т t, у u, ф f, ч ch, ш sh.
//
// GOST 7.79-2000 system B: ц is c before a letter whose transliteration
// starts with i, e, y or j (и, е, ё, й, ы, э, ю, я), cz elsewhere: Центр
// Centr, Цыган Cy'gan, Цюрих Cyurix, Царь Czar`. The standard names the
// Latin letters i, e, y, j; that ю, я and ё count (their yu, ya, yo start
// with y) is our reading, and some implementations look only at е, и, ы,
// й. ы and э take an apostrophe (y', e') as in the standard's table, where
// some copies print a grave accent; ь is one grave accent, ъ two.
//
// ICAO Doc 9303 (part 3, the Russian table used in passports): no context
// at all; ъ is ie and ь is dropped.
//
// BGN/PCGN 1947: е and ё are ye and yë at the start of a word and after a
// vowel, й, ъ or ь (Ельцин Yelʼtsin, Мейеровка Meyyerovka, Подъезд
// Podˮyezd); ь is ʼ (U+02BC) and ъ is ˮ (U+02EE). The optional middle dot
// (t·s for тс, sh·ch for шч, y· before a vowel) is not written, and the
// simplified form of many publications (yo, -y endings, no apostrophes) is
// a different scheme.
//
// The Spanish practical transcription follows the Spanish press, Spanish
// Wikipedia's conventions and translation-school guides (Хрущёв Jruschov,
// Горбачёв Gorbachov, Ельцин Yeltsin, Чайковский Chaikovski):
//
//   - е: ye at the start of a word; ie after a vowel other than и, and
//     after й, ъ, ь (Достоевский Dostoievski, Васильевич Vasilievich); e
//     elsewhere.
//   - ё: yo at the start of a word (Ёлкин Yolkin); o after ж, ч, ш, щ and
//     и; io elsewhere (Пётр Piotr, Соловьёв Soloviov).
//   - ю, я: yu, ya at the start of a word (Юрий Yuri, Ялта Yalta); u, a
//     after и (Мария Maria); iu, ia elsewhere (Ульянов Ulianov).
//   - й: y at the start of a word (Йошкар-Ола Yoshkar-Ola); dropped after
//     и and ы (Дзержинский Dzerzhinski) and before е, ё, ю, я (Майя Maia);
//     i elsewhere (Андрей Andrei). ы is i before й (Грозный Grozni), y
//     elsewhere; a second и is dropped (ии is i).
//   - г: gu before е, ё, и, э, ю, я (Георгий Gueorgui, Сергей Serguei).
//
// It does not write the accent of the stressed vowel (Brézhnev, Zhúkov):
// Russian text does not mark stress. It does not use traditional names
// (Moscú, San Petersburgo), nor кс as x (Alexandr), which some editors
// prefer; and after a vowel it writes ie, ia (Tsvetaieva, Plisetskaia)
// where some newspapers write ye, ya (Tsvetáyeva, Plisétskaya).
//
// # Case and context
//
// A capital becomes a capital: only the first letter of its
// transliteration when the next letter is small or the capital stands
// alone (Щука Shchuka, Щ Shch), all of it when the next letter is a
// capital or the letter before was (ЩУКА SHCHUKA, ЮЩ YUSHCH, ЦК TSK). A
// letter starts a word when the character before it is not a letter
// (start of text, space, hyphen, punctuation, digit); combining marks are
// skipped, so a stress mark (U+0301) neither starts a word nor hides a
// vowel.
//
// Everything other than the 33 letters of the Russian alphabet passes
// through unchanged: Latin, Cyrillic letters of other languages (і, ї, є,
// ґ, ў), digits, punctuation and marks. An invalid UTF-8 byte becomes
// U+FFFD, so the result is always valid UTF-8. Decomposed text (е with
// U+0308 for ё, и with U+0306 for й) should go through norm.NFC first:
// transform.Chain(norm.NFC, translit.ICAO9303()).
//
// # Streaming
//
// A Transformer remembers the last letter it consumed, so context carries
// across calls and buffer boundaries, and it looks one character ahead (for
// ц in GOST, г, й and ы in es-practical, and the case of capitals). When
// that character, or the rest of a partial UTF-8 sequence, is not in src
// and atEOF is false, it returns [transform.ErrShortSrc]; when dst cannot
// hold the transliteration of the next character (at most 4 bytes), it
// returns [transform.ErrShortDst]. Reset starts a new text. It works with
// [transform.String], [transform.NewReader], [transform.NewWriter] and
// [transform.Chain]. A Transformer is not safe for concurrent use; every
// call of a constructor or of ByName returns a new one.
//
// # Skeletons
//
// [Skeleton] reduces a word in Latin or Cyrillic letters to a coarse
// phonetic key, so that spellings of one name in different languages and
// standards meet; [AppendSkeleton] does it without allocating:
//
//  1. Cyrillic becomes Latin by a lossy scheme (х, ж, ч, ш and щ join the
//     class H below, ц is ts, й is y, ъ and ь go); Latin letters lose
//     their diacritics (é e, ü u, ß ss), except that č, ć, š, ś, ş, ș, ž,
//     ź, ż join the class H and ţ, ț are ts. Case is folded; apostrophes,
//     ʼ, marks, punctuation and spaces are dropped; digits and letters of
//     other scripts are kept.
//  2. Spellings become classes, longest first: H for h, kh, zh, sh, ch,
//     sch, shch, szcz, sz, tch, tsch, x at the start of a word, and j;
//     S for s, z, c before e, i or y, cz, ts, tz, ç; K for k, q, qu, ck,
//     and other c; x inside a word is K S; V for v, w, f, ph (so the
//     endings -ov, -ev, -ow, -ew, -off meet); G for g, gh, and gu before
//     e, i or y; T for t and th; B, D, L, M, N, P, R for themselves.
//  3. Vowels (a, e, i, o, u, y) are dropped, except that a word starting
//     with one starts with A. j is a vowel (й) at the end of a word after
//     a vowel (Tolstoj, Sergej) and between a consonant and a vowel
//     (Fjodor, Solowjow).
//  4. A class repeated with no vowel between is written once (shch is H).
//
// So Хрущёв, Khrushchev, Jruschov, Chruschtschow, Khrouchtchev, Xrushhyov
// and Hruščov all give HRHV; Горбачёв, Gorbachev, Gorbachov and Gorbatschow
// GRBHV; Жуков, Zhukov, Jukov and Joukov HKV; Москва and Moscow MSKV.
// Inflected forms keep their stem's key when the ending is vowels only
// (Хрущёва, Сталина). testdata/skeleton.txt lists the spellings that must
// meet and those that must not.
//
// Known misses: exonyms (Moscú and Moskau give MSK); j for й at the start
// of a word, between vowels or before a consonant (German Jelzin,
// Dostojewski, Czech Čajkovskij), which counts as H because the Spanish j
// there is х (Jruschov, Mijaíl, Ajmátova); GOST's x inside a word
// (Mixail), which counts as K S because English x there is ks (Alexander,
// Marx); Czech and Polish c for ц before a consonant (Trockij). The key is
// a cheap filter, not an identity: names that differ only in vowels or
// within a class meet (Чехов and Шахов give HHV, Stalin and Stalino STLN).
//
// # Similarity
//
// [Similar] scores two words from 0 to 1: one minus the edit distance
// between their skeletons divided by the length of the longer skeleton,
// and 0 when either has none (a word without letters or digits). Skeleton,
// AppendSkeleton and Similar are safe for concurrent use and allocate
// nothing for words whose Latin form fits in 64 bytes, about 60 letters
// (Skeleton allocates its result).
package translit
