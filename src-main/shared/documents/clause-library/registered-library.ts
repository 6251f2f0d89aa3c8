import { PARTNERSHIP_TYPE_CLAUSES } from '../../partnership-types/registry'
import { clauseLibrary, libraryEntry } from './clause-library'
import { sampleSources, typeOfClause } from './type-samples'

/**
 * The library the app edits and documents use: the common clauses, then each partnership type's clauses (from the
 * type modules' registry), previewed on a blank convention of their type, so that coordinators can edit them too.
 */
export const CLAUSE_LIBRARY = clauseLibrary(
  PARTNERSHIP_TYPE_CLAUSES.map((definition) =>
    libraryEntry(definition, sampleSources(typeOfClause(definition.key) ?? 'patronage'))
  )
)
