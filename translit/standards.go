package translit

// A table gives a letter's transliteration when no context rule applies,
// indexed by [index]: а…я, then ё.
type table [33]string

// index returns the position of a lower-case Russian letter in a table.
func index(r rune) int {
	if r == 'ё' {
		return 32
	}
	return int(r - 'а')
}

// The tables list а б в г д е ж з и й к л м н о п on their first line,
// р с т у ф х ц ч ш щ ъ ы ь э ю я ё on their second.

var gostTable = table{
	"a", "b", "v", "g", "d", "e", "zh", "z", "i", "j", "k", "l", "m", "n", "o", "p",
	"r", "s", "t", "u", "f", "x", "cz", "ch", "sh", "shh", "``", "y'", "`", "e'", "yu", "ya", "yo",
}

var icaoTable = table{
	"a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p",
	"r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "ie", "y", "", "e", "iu", "ia", "e",
}

var bgnTable = table{
	"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
	"r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "\u02EE", "y", "\u02BC", "e", "yu", "ya", "ë",
}

var spanishTable = table{
	"a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p",
	"r", "s", "t", "u", "f", "j", "ts", "ch", "sh", "sch", "", "y", "", "e", "iu", "ia", "io",
}

// isVowel reports whether r is a Russian vowel letter.
func isVowel(r rune) bool {
	switch r {
	case 'а', 'е', 'ё', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я':
		return true
	}
	return false
}

// gost779B: ц is c before a letter written i, e, y or j, else cz.
func gost779B(_, r, next rune) string {
	if r == 'ц' {
		switch next {
		case 'и', 'е', 'ё', 'й', 'ы', 'э', 'ю', 'я':
			return "c"
		}
	}
	return gostTable[index(r)]
}

func icao9303(_, r, _ rune) string {
	return icaoTable[index(r)]
}

// bgnPCGN: е and ё are ye and yë at the start of a word and after a vowel,
// й, ъ or ь.
func bgnPCGN(prev, r, _ rune) string {
	if r == 'е' || r == 'ё' {
		if prev == noLetter || isVowel(prev) || prev == 'й' || prev == 'ъ' || prev == 'ь' {
			if r == 'е' {
				return "ye"
			}
			return "yë"
		}
	}
	return bgnTable[index(r)]
}

// spanishPractical follows the rules given in doc.go.
func spanishPractical(prev, r, next rune) string {
	switch r {
	case 'г':
		switch next {
		case 'е', 'ё', 'и', 'э', 'ю', 'я':
			return "gu"
		}
	case 'е', 'ё', 'ю', 'я':
		switch {
		case prev == noLetter:
			return [...]string{"ye", "yo", "yu", "ya"}[iotated(r)]
		case prev == 'и':
			return [...]string{"e", "o", "u", "a"}[iotated(r)]
		case r == 'ё' && (prev == 'ж' || prev == 'ч' || prev == 'ш' || prev == 'щ'):
			return "o"
		case r == 'е' && (isVowel(prev) || prev == 'й' || prev == 'ъ' || prev == 'ь'):
			return "ie"
		}
	case 'и':
		if prev == 'и' {
			return ""
		}
	case 'й':
		switch {
		case prev == noLetter:
			return "y"
		case prev == 'и' || prev == 'ы':
			return ""
		case next == 'е' || next == 'ё' || next == 'ю' || next == 'я':
			return ""
		}
	case 'ы':
		if next == 'й' {
			return "i"
		}
	}
	return spanishTable[index(r)]
}

// iotated numbers the vowels е, ё, ю, я from 0 to 3.
func iotated(r rune) int {
	switch r {
	case 'е':
		return 0
	case 'ё':
		return 1
	case 'ю':
		return 2
	}
	return 3
}
