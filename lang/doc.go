// Package lang holds what glosa knows about a language in one place: the
// base language of a BCP 47 tag and a small Profile of the facts the rules
// and matchers need (script, decimal mark, quote pairs, leading articles),
// so that no rule tests a language by name.
//
// Spanish, English and Russian have profiles of their own; any other
// language gets a default profile for its base language, its script
// taken from the tag ("sr-Latn" is Latin, "uk" Cyrillic).
package lang
