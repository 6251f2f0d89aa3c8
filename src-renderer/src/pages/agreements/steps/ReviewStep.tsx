import { useFormContext } from 'react-hook-form'
import { Link } from 'react-router'
import type { AgreementIssue, AgreementView } from '@shared/domain/agreement'
import type { AgreementContent } from '@shared/schemas/agreement.schema'
import { api, unwrap } from '../../../api/client'
import { ActionButton } from '../../../components/ActionButton'
import { useQuery } from '../../../api/use-query'
import { DocumentPreview } from '../../documents'
import { plural } from '../../../plural'
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
  // The same document model as the Word file and the print-out, rendered to HTML by the main process.
  const { data: preview } = useQuery(
    () => unwrap(api().documents.preview({ agreementId: agreement.id })),
    [agreement.id, agreement.updatedAt]
  )
  const blocked = check.problems.length > 0

  return (
    <>
      <AgreementSummaryView content={getValues()} agreement={agreement} partner={partner} />
      <details className="review-preview">
        <summary>Aperçu de la convention telle qu’elle sera imprimée</summary>
        {preview ? <DocumentPreview html={preview} /> : <p className="loading">Préparation de l’aperçu…</p>}
      </details>
      <section aria-labelledby="review-problems" className="review-issues">
        <h3 id="review-problems">
          {blocked ? `${plural(check.problems.length, 'point')} à compléter` : 'Aucun problème bloquant'}
        </h3>
        {blocked ? <IssueList agreementId={agreement.id} issues={check.problems} /> : null}
        {check.warnings.length > 0 ? (
          <>
            <h3>À vérifier</h3>
            <IssueList agreementId={agreement.id} issues={check.warnings} />
          </>
        ) : null}
      </section>
      <div className="wizard-transition">
        <ActionButton
          variant="primary"
          busyLabel="Vérification…"
          disabled={blocked}
          aria-describedby="transition-hint"
          onAction={async () =>
            onSaved(
              await unwrap(api().agreements.transition({ id: agreement.id, to: 'ready_for_signature' }))
            )
          }
        >
          Marquer « prête pour signature »
        </ActionButton>
        <p id="transition-hint" className="field-hint">
          {blocked
            ? 'Complétez d’abord les points listés ci-dessus.'
            : 'Ensuite : générer le document Word et le faire signer. Le texte ne pourra plus être modifié, sauf à le repasser en brouillon avant signature.'}
        </p>
      </div>
    </>
  )
}
