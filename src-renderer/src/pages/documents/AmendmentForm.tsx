import { useState } from 'react'
import type { Amendment } from '@shared/domain/document'
import type { AmendmentDraftingView } from '@shared/amendments/drafting-view'
import { api, ApiError, errorMessage, unwrap } from '../../api/client'
import { useQuery } from '../../api/use-query'
import { Alert } from '../../components/Alert'
import { FieldFrame } from '../../components/form/FieldFrame'
import { ChangeEditor } from './amendments/ChangeEditor'
import { ConsolidatedVersionButton } from './amendments/ConsolidatedVersionButton'
import { blankChange, toChange, type ChangeDraft } from './amendments/change-drafts'

interface AmendmentFormProps {
  agreementId: number
  onCreated: (amendment: Amendment) => void
  /** Opened at once when the coordinator came here to write one. */
  open?: boolean
}

/** Field errors of change n° `index` (`changes.0.text` → `text`), and the change's own error under `kind`. */
function changeErrors(fieldErrors: Record<string, string>, index: number): Record<string, string> {
  const prefix = `changes.${index}`
  const errors: Record<string, string> = {}
  for (const [path, message] of Object.entries(fieldErrors)) {
    if (path === prefix) errors.kind = message
    else if (path.startsWith(`${prefix}.`))
      errors[path.slice(prefix.length + 1).split('.')[0] ?? 'kind'] = message
  }
  return errors
}

/**
 * Drafts an amendment (avenant): its reason, its changes — each on a named article or sub-clause of the convention
 * as last amended, starting from its current wording, or a typed change of the register — and its effective date.
 * The service checks everything again; its French messages come back next to the field at fault.
 */
export function AmendmentForm({ agreementId, onCreated, open = false }: AmendmentFormProps) {
  const view = useQuery(() => unwrap(api().amendments.draftingView({ id: agreementId })), [agreementId])
  const [reason, setReason] = useState('')
  const [effectiveDate, setEffectiveDate] = useState('')
  // Null until the coordinator edits: the form then shows one change on the first article, at its current wording.
  const [edited, setChanges] = useState<ChangeDraft[] | null>(null)
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const changes = edited ?? (view.data ? [blankChange(view.data)] : [])

  async function create(current: AmendmentDraftingView) {
    setBusy(true)
    setError(undefined)
    setFieldErrors({})
    try {
      const amendment = await unwrap(
        api().amendments.create({
          agreementId,
          reason,
          effectiveDate: effectiveDate === '' ? null : effectiveDate,
          changes: changes.map((draft) => toChange(draft, current))
        })
      )
      onCreated(amendment)
      setReason('')
      setEffectiveDate('')
      setChanges(null)
    } catch (failure) {
      setFieldErrors(failure instanceof ApiError ? failure.fieldErrors : {})
      setError(errorMessage(failure))
    } finally {
      setBusy(false)
    }
  }

  return (
    <details className="amendment-form" open={open}>
      <summary>Rédiger un avenant</summary>
      <ConsolidatedVersionButton agreementId={agreementId} />
      {view.error ? <Alert tone="error">{view.error}</Alert> : null}
      {view.data ? (
        <form
          aria-busy={busy}
          onSubmit={(event) => {
            event.preventDefault()
            if (view.data) void create(view.data)
          }}
        >
          <FieldFrame
            id="amendment-reason"
            label="Motif de l’avenant"
            required
            error={fieldErrors.reason}
            errorId="amendment-reason-error"
          >
            <input
              id="amendment-reason"
              value={reason}
              aria-required
              aria-invalid={fieldErrors.reason ? true : undefined}
              aria-describedby={fieldErrors.reason ? 'amendment-reason-error' : undefined}
              onChange={(event) => setReason(event.target.value)}
            />
          </FieldFrame>
          {changes.map((draft, index) => (
            <ChangeEditor
              key={index}
              index={index}
              draft={draft}
              view={view.data as AmendmentDraftingView}
              errors={changeErrors(fieldErrors, index)}
              onChange={(next) => setChanges(changes.map((each, at) => (at === index ? next : each)))}
              onRemove={changes.length > 1 ? () => setChanges(changes.filter((_, at) => at !== index)) : null}
            />
          ))}
          <button
            type="button"
            className="button"
            onClick={() => setChanges([...changes, blankChange(view.data as AmendmentDraftingView)])}
          >
            Ajouter une modification
          </button>
          <FieldFrame
            id="amendment-effective-date"
            label="Date d’effet (facultative)"
            hint="Sans date, l’avenant prend effet à la dernière signature."
            hintId="amendment-effective-date-hint"
            error={fieldErrors.effectiveDate}
            errorId="amendment-effective-date-error"
            className="field--short"
          >
            <input
              id="amendment-effective-date"
              type="date"
              value={effectiveDate}
              aria-invalid={fieldErrors.effectiveDate ? true : undefined}
              aria-describedby={[
                'amendment-effective-date-hint',
                fieldErrors.effectiveDate ? 'amendment-effective-date-error' : ''
              ]
                .join(' ')
                .trim()}
              onChange={(event) => setEffectiveDate(event.target.value)}
            />
          </FieldFrame>
          {error ? <Alert tone="error">{error}</Alert> : null}
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Création de l’avenant…' : 'Créer l’avenant'}
          </button>
        </form>
      ) : (
        <p role="status">Chargement de la convention…</p>
      )}
    </details>
  )
}
