import { clauseLibrary } from './clause-library'

/**
 * The library the app edits and documents use: the common clauses, then each partnership type's clauses, which the
 * type modules register here with `libraryEntry(definition, sample)` so that coordinators can edit them too.
 */
export const CLAUSE_LIBRARY = clauseLibrary([])
