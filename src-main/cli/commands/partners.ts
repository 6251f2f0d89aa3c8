import { parseArgs } from 'node:util'
import {
  LEGAL_FORM_CODES,
  PARTNER_STATUS_CODES,
  type LegalFormCode,
  type PartnerStatusCode
} from '../../shared/reference/reference-data'
import { parseInput } from '../../shared/schemas/parse-input'
import { emptyPartnerInput, partnerInputSchema } from '../../shared/schemas/partner.schema'
import { UsageError, type CliContext } from '../cli-io'

export async function runPartners(args: string[], context: CliContext): Promise<void> {
  const [verb, ...rest] = args
  if (verb === 'list') return listPartners(rest, context)
  if (verb === 'add') return addPartner(rest, context)
  throw new UsageError(
    verb ? `Sous-commande inconnue : partners ${verb}` : 'Précisez : partners list ou partners add'
  )
}

async function listPartners(args: string[], { services, output }: CliContext): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, search: { type: 'string' }, archived: { type: 'boolean' } },
    strict: true
  })
  const partners = await services.partners.list({
    ...(values.search ? { search: values.search } : {}),
    includeArchived: values.archived ?? false,
    limit: 10_000
  })
  if (values.json) {
    output.out(JSON.stringify(partners, null, 2))
    return
  }
  if (partners.length === 0) {
    output.out('Aucun partenaire.')
    return
  }
  for (const partner of partners) {
    const place = [partner.postalCode, partner.commune].filter(Boolean).join(' ')
    output.out(
      [
        String(partner.id).padStart(5),
        partner.name,
        partner.siret ?? '—',
        place || '—',
        partner.headNetwork ?? '—'
      ].join('  |  ')
    )
  }
}

async function addPartner(args: string[], { services, output }: CliContext): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      name: { type: 'string' },
      siret: { type: 'string' },
      rna: { type: 'string' },
      'postal-code': { type: 'string' },
      commune: { type: 'string' },
      'legal-form': { type: 'string' },
      status: { type: 'string', multiple: true },
      'managing-body': { type: 'string' },
      address: { type: 'string' }
    },
    strict: true
  })
  if (!values.name) throw new UsageError('Option obligatoire : --name NOM')
  const legalForm = values['legal-form'] ?? 'association-1901'
  if (!(LEGAL_FORM_CODES as readonly string[]).includes(legalForm)) {
    throw new UsageError(`Forme juridique inconnue : ${legalForm} (valeurs : ${LEGAL_FORM_CODES.join(', ')})`)
  }
  // Parsed here, at the CLI's border, as the IPC dispatcher parses what the window sends.
  const input = parseInput(partnerInputSchema, {
    ...emptyPartnerInput(),
    name: values.name,
    legalForm: legalForm as LegalFormCode,
    statuses: statusOptions(values.status ?? []),
    managingBodyName: values['managing-body'] ?? '',
    siret: values.siret ?? '',
    rna: values.rna ?? '',
    postalCode: values['postal-code'] ?? '',
    commune: values.commune ?? '',
    addressLine: values.address ?? ''
  })
  const partner = await services.partners.create(input)
  output.out(`Partenaire n° ${partner.id} créé : ${partner.name}`)
}

function statusOptions(values: readonly string[]): PartnerStatusCode[] {
  for (const value of values)
    if (!(PARTNER_STATUS_CODES as readonly string[]).includes(value))
      throw new UsageError(`Statut inconnu : ${value} (valeurs : ${PARTNER_STATUS_CODES.join(', ')})`)
  return values as PartnerStatusCode[]
}
