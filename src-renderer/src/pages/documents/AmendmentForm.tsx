import { useState } from 'react'
import type { Amendment } from '@shared/domain/document'
import { api, ApiError, errorMessage, unwrap } from '../../api/client'
import { Alert } from '../../components/Alert'

interface AmendmentFormProps {
  agreementId: number
  /** Articles of the signed convention, to choose the one the amendment rewrites. */
  articles: Array<{ number: number; title: string }>
  onCreated: (amendment: Amendment) => void
  /** Opened at once when the coordinator came here to write one. */
  open?: boolean
}

/** Drafts an amendment (avenant): the reason, the article rewritten and its new wording, the effective date. */
export function AmendmentForm({ agreementId, articles, onCreated, open = false }: AmendmentFormProps) {
  const [reason, setReason] = useState('')
  const [articleNumber, setArticleNumber] = useState(articles[3]?.number ?? 1)
  const [newText, setNewText] = useState('')
  const [effectiveDate, setEffectiveDate] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  async function create() {
    setBusy(true)
    setError(undefined)
    try {
      const article = articles.find((entry) => entry.number === articleNumber)
      const amendment = await unwrap(
        api().documents.createAmendment({
          agreementId,
          reason,
          effectiveDate: effectiveDate === '' ? null : effectiveDate,
          changes: [{ articleNumber, articleTitle: article?.title ?? '', newText }]
        })
      )
      onCreated(amendment)
      setReason('')
      setNewText('')
    } catch (failure) {
      const fields = failure instanceof ApiError ? Object.values(failure.fieldErrors) : []
      setError([errorMessage(failure), ...fields].join(' '))
    } finally {
      setBusy(false)
    }
  }

  return (
    <details className="amendment-form" open={open}>
      <summary>Rédiger un avenant</summary>
      <label className="field">
        <span className="field-label">Motif de l’avenant</span>
        <input value={reason} onChange={(event) => setReason(event.target.value)} />
      </label>
      <label className="field">
        <span className="field-label">Article modifié</span>
        <select value={articleNumber} onChange={(event) => setArticleNumber(Number(event.target.value))}>
          {articles.map((article) => (
            <option key={article.number} value={article.number}>
              Article {article.number} — {article.title}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">Nouvelle rédaction de l’article</span>
        <textarea rows={5} value={newText} onChange={(event) => setNewText(event.target.value)} />
      </label>
      <label className="field field--short">
        <span className="field-label">Date d’effet (facultative)</span>
        <input type="date" value={effectiveDate} onChange={(event) => setEffectiveDate(event.target.value)} />
      </label>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <button type="button" className="button button--primary" disabled={busy} onClick={() => void create()}>
        Créer l’avenant
      </button>
    </details>
  )
}
