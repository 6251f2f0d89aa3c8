import { useState } from 'react'
import { useFormContext } from 'react-hook-form'
import { Link } from 'react-router'
import type { AgreementIssue, AgreementStatus, AgreementView } from '@shared/domain/agreement'
import type { AgreementContent } from '@shared/schemas/agreement.schema'
import { api, errorMessage, unwrap } from '../../../api/client'
import { Alert } from '../../../components/Alert'
import { useQuery } from '../../../api/use-query'
import { DocumentPreview } from '../../documents'
import { useWizard } from '../wizard/wizard-context'
import { AgreementSummaryView } from './AgreementSummaryView'

function IssueList({ agreementId, issues }: { agreementId: number; issues: AgreementIssue[] }) {
  return (
    <ul className="issue-list">
      {issues.map((issue) => (
        <li key={`${issue.code}-${issue.field}`}>
          {issue.message}{' '}
          <Link
            to={`/conventions/${agreementId}/etape/${issue.step}?champ=${encodeURIComponent(issue.field)}`}
          >
            Corriger (étape {issue.step})
          </Link>
        </li>
      ))}
    </ul>
  )
}

/** Step 8: everything on one page, each problem with a link to the step that fixes it, then the status change. */
export function ReviewStep({ onSaved }: { onSaved: (view: AgreementView) => void }) {
  const { view, partner } = useWizard()
  const { getValues } = useFormContext<AgreementContent>()
  const { agreement, check } = view
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  // The same document model as the Word file and the print-out, rendered to HTML by the main process.
  const { data: preview } = useQuery(
    () => unwrap(api().documents.preview({ agreementId: agreement.id })),
    [agreement.id, agreement.updatedAt]
  )

  async function moveTo(to: AgreementStatus) {
    setBusy(true)
    setError(undefined)
    try {
      onSaved(await unwrap(api().agreements.transition({ id: agreement.id, to })))
    } catch (failure) {
      setError(errorMessage(failure))
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <AgreementSummaryView content={getValues()} agreement={agreement} partner={partner} />
      <details className="review-preview">
        <summary>Aperçu de la convention telle qu’elle sera imprimée</summary>
        {preview ? <DocumentPreview html={preview} /> : <p className="loading">Préparation de l’aperçu…</p>}
      </details>
      <section aria-labelledby="review-problems" className="review-issues">
        <h3 id="review-problems">
          {check.problems.length === 0
            ? 'Aucun problème bloquant'
            : `${check.problems.length} point(s) à compléter`}
        </h3>
        {check.problems.length > 0 ? <IssueList agreementId={agreement.id} issues={check.problems} /> : null}
        {check.warnings.length > 0 ? (
          <>
            <h3>À vérifier</h3>
            <IssueList agreementId={agreement.id} issues={check.warnings} />
          </>
        ) : null}
      </section>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {agreement.status === 'draft' ? (
        <div className="wizard-transition">
          <button
            type="button"
            className="button button--primary"
            disabled={busy || check.problems.length > 0}
            aria-describedby="transition-hint"
            onClick={() => void moveTo('ready_for_signature')}
          >
            Marquer « prête pour signature »
          </button>
          <p id="transition-hint" className="field-hint">
            {check.problems.length > 0
              ? 'Complétez d’abord les points listés ci-dessus.'
              : 'La convention ne pourra plus être modifiée, sauf à la repasser en brouillon avant signature.'}
          </p>
        </div>
      ) : null}
      {agreement.status === 'ready_for_signature' ? (
        <button type="button" className="button" disabled={busy} onClick={() => void moveTo('draft')}>
          Repasser en brouillon pour corriger
        </button>
      ) : null}
    </>
  )
}
