import type { AgreementCheck } from '../domain/agreement'
import { PATRONAGE_NATURE_LABELS } from '../partnership-types/patronage/patronage-labels'
import type { PatronageNature } from '../partnership-types/patronage/patronage-terms.schema'
import { PARTNERSHIP_TYPES, type PartnershipTypeCode } from '../reference/reference-data'
import type { AgreementContent } from '../schemas/agreement.schema'
import { issue } from './issue-factory'

/** Words of a title that announce a type: a title saying « don » on a purchase misleads whoever signs it. */
const TYPE_CLAIMS: ReadonlyArray<readonly [PartnershipTypeCode, RegExp]> = [
  ['patronage', /\bm[ée]c[ée]nat\b|\bdons?\b/i],
  ['responsible-practices', /\bachats?\b|\bmarch[ée]s? r[ée]serv[ée]s?\b/i],
  ['economic-cooperation', /\brelais poste\b|\bpoints? de service postal\b|\bagences? postales?\b/i]
]

const NATURE_CLAIMS: ReadonlyArray<readonly [PatronageNature, RegExp]> = [
  ['skills', /comp[ée]tences|mise à disposition de (salari[ée]s|postiers)/i],
  [
    'in-kind',
    /en nature|\bdons? (de|d[’'])\s*(mobilier|mat[ée]riel|[ée]quipement|ordinateur|v[ée]hicule|denr[ée]e|fourniture|bien|v[êe]tement|livre)/i
  ],
  ['financial', /don financier|m[ée]c[ée]nat financier|\bdon en num[ée]raire|\bsubvention\b/i]
]

const typeLabel = (code: PartnershipTypeCode) =>
  PARTNERSHIP_TYPES.find((type) => type.code === code)?.label ?? code

/** Title, type and nature say the same thing. */
export function checkTitleConsistency(content: AgreementContent, out: AgreementCheck): void {
  if (content.type === null) return
  const claimed = TYPE_CLAIMS.filter(([, words]) => words.test(content.title)).map(([type]) => type)
  if (claimed.length > 0 && !claimed.includes(content.type))
    out.problems.push(
      issue(
        'title-type-mismatch',
        1,
        'title',
        `Le titre annonce « ${claimed.map(typeLabel).join(' » ou « ')} » alors que le type choisi est « ${typeLabel(content.type)} » : corrigez le titre ou le type.`
      )
    )
  const terms = content.terms
  if (terms === null || terms.type !== 'patronage' || terms.nature === null) return
  const nature = NATURE_CLAIMS.find(([, words]) => words.test(content.title))?.[0]
  if (nature !== undefined && nature !== terms.nature)
    out.problems.push(
      issue(
        'title-nature-mismatch',
        4,
        'terms.nature',
        `Le titre annonce un ${PATRONAGE_NATURE_LABELS[nature].label.toLowerCase()} alors que la nature choisie est « ${PATRONAGE_NATURE_LABELS[terms.nature].label} » : corrigez la nature ou le titre.`
      )
    )
}
