import type { ReactNode } from 'react'
import type { AmendmentDraftingView } from '@shared/amendments/drafting-view'
import { FieldFrame } from '../../../components/form/FieldFrame'
import { formatDate, formatEuros } from '../../../format'
import { CHANGE_KINDS, currentWording, targetOptions, type ChangeDraft } from './change-drafts'

interface ChangeEditorProps {
  index: number
  draft: ChangeDraft
  view: AmendmentDraftingView
  /** Messages by field of this change (`text`, `from`, `newEndDate`…), from the service. */
  errors: Record<string, string>
  onChange: (draft: ChangeDraft) => void
  onRemove: (() => void) | null
}

function currentAmount(view: AmendmentDraftingView): number | null {
  const terms = view.terms
  if (terms?.type === 'economic-cooperation') return terms.remunerationAmountCents
  if (terms?.type === 'responsible-practices') return terms.yearlyAmountCents
  if (terms?.type === 'patronage') return terms.amountCents
  return null
}

/** One change of the amendment: its kind, its target in the convention as last amended, and its new wording. */
export function ChangeEditor({ index, draft, view, errors, onChange, onRemove }: ChangeEditorProps) {
  const id = (field: string) => `amendment-change-${index}-${field}`
  const set = (patch: Partial<ChangeDraft>) => onChange({ ...draft, ...patch })
  const targets = targetOptions(view)
  const unit = targets.find((option) => option.id === draft.target)?.unit
  const frame = (field: string, label: string, input: ReactNode, hint?: string) => (
    <FieldFrame
      id={id(field)}
      label={label}
      hint={hint}
      hintId={hint ? `${id(field)}-hint` : undefined}
      error={errors[field]}
      errorId={errors[field] ? `${id(field)}-error` : undefined}
    >
      {input}
    </FieldFrame>
  )
  const described = (field: string, hint?: boolean) => ({
    id: id(field),
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby':
      [hint ? `${id(field)}-hint` : '', errors[field] ? `${id(field)}-error` : ''].join(' ').trim() ||
      undefined
  })
  const targetSelect = frame(
    'target',
    'Article visé',
    <select
      {...described('target')}
      value={draft.target}
      onChange={(event) =>
        set({
          target: event.target.value,
          text: currentWording(view, event.target.value),
          paragraph: 1,
          from: ''
        })
      }
    >
      {targets.map((option) => (
        <option key={option.id} value={option.id}>
          {option.label}
        </option>
      ))}
    </select>
  )
  return (
    <fieldset className="amendment-change">
      <legend>Modification {index + 1}</legend>
      {frame(
        'kind',
        'Nature de la modification',
        <select
          {...described('kind')}
          value={draft.kind}
          onChange={(event) => set({ kind: event.target.value as ChangeDraft['kind'] })}
        >
          {CHANGE_KINDS.map((entry) => (
            <option key={entry.kind} value={entry.kind}>
              {entry.label}
            </option>
          ))}
        </select>
      )}
      {draft.kind === 'replace-clause' || draft.kind === 'replace-words' || draft.kind === 'delete-clause'
        ? targetSelect
        : null}
      {draft.kind === 'replace-clause'
        ? frame(
            'text',
            'Nouvelle rédaction',
            <textarea
              {...described('text', true)}
              rows={8}
              value={draft.text}
              onChange={(event) => set({ text: event.target.value })}
            />,
            'La rédaction actuelle est reprise : modifiez-la. Un alinéa par ligne.'
          )
        : null}
      {draft.kind === 'replace-words' && unit ? (
        <>
          {frame(
            'paragraph',
            'Alinéa',
            <select
              {...described('paragraph')}
              value={draft.paragraph}
              onChange={(event) => set({ paragraph: Number(event.target.value), from: '' })}
            >
              {unit.paragraphs.map((text, position) => (
                <option key={position} value={position + 1}>
                  {position === 0 ? '1er' : `${position + 1}e`} alinéa — {text.slice(0, 70)}
                  {text.length > 70 ? '…' : ''}
                </option>
              ))}
            </select>
          )}
          <blockquote className="amendment-current">{unit.paragraphs[draft.paragraph - 1]}</blockquote>
          {frame(
            'from',
            'Mots remplacés (tels qu’ils figurent à l’alinéa)',
            <input
              {...described('from')}
              value={draft.from}
              onChange={(event) => set({ from: event.target.value })}
            />
          )}
          {frame(
            'to',
            'Mots nouveaux',
            <input
              {...described('to')}
              value={draft.to}
              onChange={(event) => set({ to: event.target.value })}
            />
          )}
        </>
      ) : null}
      {draft.kind === 'add-article' ? (
        <>
          {frame(
            'afterArticleKey',
            'Après l’article',
            <select
              {...described('afterArticleKey')}
              value={draft.afterArticleKey}
              onChange={(event) => set({ afterArticleKey: event.target.value })}
            >
              {view.articles.map((article) => (
                <option key={article.key} value={article.key}>
                  Article {article.number} — {article.title}
                </option>
              ))}
            </select>
          )}
          {frame(
            'title',
            'Titre du nouvel article',
            <input
              {...described('title')}
              value={draft.title}
              onChange={(event) => set({ title: event.target.value })}
            />
          )}
          {frame(
            'text',
            'Rédaction du nouvel article',
            <textarea
              {...described('text')}
              rows={6}
              value={draft.text}
              onChange={(event) => set({ text: event.target.value })}
            />
          )}
        </>
      ) : null}
      {draft.kind === 'end-date'
        ? frame(
            'newEndDate',
            'Nouvelle date de fin (incluse)',
            <input
              {...described('newEndDate', true)}
              type="date"
              value={draft.newEndDate}
              onChange={(event) => set({ newEndDate: event.target.value })}
            />,
            `La convention se termine aujourd’hui le ${formatDate(view.endDate)} ; une prolongation reporte cette date.`
          )
        : null}
      {draft.kind === 'amount'
        ? frame(
            'newAmountCents',
            'Nouveau montant (€)',
            <input
              {...described('newAmountCents', true)}
              inputMode="decimal"
              value={draft.amount}
              onChange={(event) => set({ amount: event.target.value })}
            />,
            `Montant actuel : ${formatEuros(currentAmount(view))}.`
          )
        : null}
      {draft.kind === 'indicators'
        ? view.indicators.map((indicator, position) => (
            <div key={position}>
              {frame(
                `indicators.${position}`,
                `Nouvelle cible — ${indicator.label}${indicator.unit ? ` (${indicator.unit})` : ''}`,
                <input
                  {...described(`indicators.${position}`)}
                  inputMode="decimal"
                  value={draft.indicatorTargets[position] ?? ''}
                  onChange={(event) =>
                    set({
                      indicatorTargets: draft.indicatorTargets.map((value, at) =>
                        at === position ? event.target.value : value
                      )
                    })
                  }
                />
              )}
            </div>
          ))
        : null}
      {draft.kind === 'signatory' ? (
        <>
          {frame(
            'party',
            'Partie',
            <select
              {...described('party')}
              value={draft.party}
              onChange={(event) => set({ party: event.target.value as ChangeDraft['party'] })}
            >
              <option value="la-poste">La Poste (aujourd’hui {view.signatories.laPoste.name})</option>
              <option value="partner">Le Partenaire (aujourd’hui {view.signatories.partner.name})</option>
            </select>
          )}
          {draft.party === 'la-poste' ? (
            <>
              {frame(
                'name',
                'Nom du nouveau signataire',
                <input
                  {...described('name')}
                  value={draft.signatoryName}
                  onChange={(event) => set({ signatoryName: event.target.value })}
                />
              )}
              {frame(
                'title',
                'Qualité',
                <input
                  {...described('title')}
                  value={draft.signatoryTitle}
                  onChange={(event) => set({ signatoryTitle: event.target.value })}
                />
              )}
            </>
          ) : (
            frame(
              'contactId',
              'Nouveau signataire du Partenaire',
              <select
                {...described('contactId')}
                value={draft.contactId}
                onChange={(event) => set({ contactId: event.target.value })}
              >
                <option value="">Choisir…</option>
                {view.contacts.map((contact) => (
                  <option key={contact.id} value={contact.id}>
                    {contact.name}
                    {contact.role ? `, ${contact.role}` : ''}
                  </option>
                ))}
              </select>
            )
          )}
        </>
      ) : null}
      {onRemove ? (
        <button type="button" className="button" onClick={onRemove}>
          Retirer la modification {index + 1}
        </button>
      ) : null}
    </fieldset>
  )
}
