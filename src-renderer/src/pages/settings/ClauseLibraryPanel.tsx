import { useMemo, useState } from 'react'
import { previewParagraphs } from '@shared/documents/clause-library/clause-library'
import { CLAUSE_LIBRARY } from '@shared/documents/clause-library/registered-library'
import type { ClauseView } from '@shared/schemas/settings.schema'
import { ApiError, api, errorMessage, unwrap } from '../../api/client'
import { useQuery } from '../../api/use-query'
import { Alert } from '../../components/Alert'
import { formatDateTime } from '../../format'

const draftKey = (clauseKey: string, variantId: string) => `${clauseKey}#${variantId}`

/**
 * Settings › Bibliothèque de clauses: choose a clause and one of its variants, read its default wording and the
 * fields it may use, edit the wording with a live preview on a sample convention, save it (a new version that the
 * next documents use and record) or go back to the default. Edits of other clauses are kept while browsing.
 */
export function ClauseLibraryPanel() {
  const { data: loaded, error: loadError } = useQuery(() => unwrap(api().clauses.list({})), [])
  const [saved, setSaved] = useState<Record<string, ClauseView>>({})
  const [selected, setSelected] = useState<{ clauseKey: string; variantId: string }>()
  const [drafts, setDrafts] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>()
  const [fieldError, setFieldError] = useState<string>()

  const clauses = useMemo(() => (loaded ?? []).map((clause) => saved[clause.key] ?? clause), [loaded, saved])
  const clause = clauses.find((entry) => entry.key === (selected?.clauseKey ?? clauses[0]?.key))
  const variant = clause?.variants.find((entry) => entry.id === selected?.variantId) ?? clause?.variants[0]
  const key = clause && variant ? draftKey(clause.key, variant.id) : ''
  const text = drafts[key] ?? variant?.text ?? ''
  const entry = CLAUSE_LIBRARY.find((candidate) => candidate.key === clause?.key)
  const dirty = variant !== undefined && text !== variant.text

  async function run(action: () => Promise<ClauseView>, success: string) {
    if (!clause) return
    setBusy(true)
    setMessage(undefined)
    setFieldError(undefined)
    try {
      const view = await action()
      setSaved((current) => ({ ...current, [view.key]: view }))
      setDrafts((current) => {
        const next = { ...current }
        delete next[key]
        return next
      })
      setMessage({ tone: 'success', text: success })
    } catch (failure) {
      if (failure instanceof ApiError) setFieldError(failure.fieldErrors.text)
      setMessage({ tone: 'error', text: errorMessage(failure) })
    } finally {
      setBusy(false)
    }
  }

  if (loadError) return <Alert tone="error">{loadError}</Alert>
  if (!clause || !variant) return <p className="loading">Chargement…</p>
  const ref = { clauseKey: clause.key, variantId: variant.id }

  return (
    <div className="clause-library">
      <p>
        Le texte de chaque clause est déjà signable. S’il faut l’adapter aux usages de votre direction
        juridique, modifiez-le ici : chaque enregistrement crée une version, que les documents générés ensuite
        utilisent et mémorisent.
      </p>
      <div className="field-row">
        <div className="field">
          <label htmlFor="clause-select">Clause</label>
          <select
            id="clause-select"
            value={clause.key}
            onChange={(event) => setSelected({ clauseKey: event.target.value, variantId: '' })}
          >
            {clauses.map((candidate) => (
              <option key={candidate.key} value={candidate.key}>
                {candidate.title}
                {candidate.variants.some((entry) => entry.version > 0) ? ' (modifiée)' : ''}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="variant-select">Cas d’application</label>
          <select
            id="variant-select"
            value={variant.id}
            onChange={(event) => setSelected({ clauseKey: clause.key, variantId: event.target.value })}
          >
            {clause.variants.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.label}
                {candidate.version > 0 ? ` (version ${candidate.version})` : ''}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="field-hint">
        {variant.version === 0
          ? 'Texte par défaut de l’application.'
          : `Version ${variant.version}${variant.editedAt ? `, enregistrée le ${formatDateTime(variant.editedAt)}` : ''}${variant.editedBy ? ` par ${variant.editedBy}` : ''}.`}
      </p>
      <div className="field">
        <label htmlFor="clause-text">Texte de la clause</label>
        <textarea
          id="clause-text"
          rows={10}
          value={text}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby="clause-text-hint clause-text-error"
          onChange={(event) => {
            const value = event.target.value
            setDrafts((current) => ({ ...current, [key]: value }))
          }}
        />
        <p id="clause-text-hint" className="field-hint">
          Une ligne vide sépare deux paragraphes. Champs disponibles :{' '}
          {Object.keys(clause.slots).length === 0
            ? 'aucun.'
            : Object.entries(clause.slots)
                .map(([name, value]) => `{${name}} (ex. ${value})`)
                .join(', ')}
          . « [[art:notices]] » renvoie au numéro d’un autre article.
        </p>
        {fieldError ? (
          <p id="clause-text-error" className="field-error" role="alert">
            {fieldError}
          </p>
        ) : null}
      </div>
      <details>
        <summary>Texte par défaut</summary>
        <p className="clause-default">{variant.defaultText}</p>
      </details>
      <section aria-labelledby="clause-preview-title" className="clause-preview">
        <h3 id="clause-preview-title">Aperçu sur une convention d’exemple</h3>
        {entry
          ? previewParagraphs(entry, text).map((paragraph, index) => <p key={index}>{paragraph}</p>)
          : null}
      </section>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div className="form-actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy || !dirty}
          onClick={() =>
            void run(
              () => unwrap(api().clauses.saveWording({ ...ref, text })),
              'Texte enregistré : les prochains documents l’utiliseront.'
            )
          }
        >
          Enregistrer ce texte
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || (variant.version === 0 && !dirty)}
          onClick={() =>
            void run(
              () => unwrap(api().clauses.restoreDefault(ref)),
              'Texte par défaut rétabli pour les prochains documents.'
            )
          }
        >
          Rétablir le texte par défaut
        </button>
      </div>
    </div>
  )
}
