// Package lint finds what a glossary says that is valid but doubtful, the
// checks of "glosa glossary lint" beyond the builder's warnings:
//
//   - a term approved in one concept and deprecated or forbidden in
//     another, in the same language (compared folded: case, accents as
//     the matcher folds them), so that a text using it is both right and
//     wrong;
//   - a concept with no approved term in a language the glossary declares
//     or uses, which a translation into that language cannot be checked
//     against.
//
// [Run] returns them as warnings with the place of the term or concept.
// It is safe for concurrent use.
package lint
