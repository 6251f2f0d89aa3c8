export { emptyTerms } from '../partnership-types/registry'
