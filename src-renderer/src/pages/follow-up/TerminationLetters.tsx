import { useState } from 'react'
import type { Termination } from '@shared/domain/follow-up'
import { TERMINATION_DECIDER_LABELS } from '@shared/agreements/lifecycle'
import { api, unwrap } from '../../api/client'
import { Alert } from '../../components/Alert'
import { formatDate, formatDateTime } from '../../format'
import { useBusyAction } from '../../components/use-busy-action'

interface TerminationLettersProps {
  agreementId: number
  termination: Termination
  onChanged: () => void
}

/** What was decided, and the termination letters issued as Word files (one more per click, each kept). */
export function TerminationLetters({ agreementId, termination, onChanged }: TerminationLettersProps) {
  const [saved, setSaved] = useState<string>()
  const issue = useBusyAction(async () => {
    await unwrap(api().lifecycle.issueLetter({ id: agreementId }))
    onChanged()
  })
  const saveAs = useBusyAction(async (letterId: number) => {
    const outcome = await unwrap(api().lifecycle.saveLetterAs({ letterId }))
    if (outcome) setSaved(`Lettre enregistrée : ${outcome.savedTo}`)
  })
  return (
    <div className="termination">
      <dl className="definition-list">
        <dt>Résiliation à effet du</dt>
        <dd>{formatDate(termination.effectiveDate)}</dd>
        <dt>Motif</dt>
        <dd>{termination.reason}</dd>
        <dt>Décidée par</dt>
        <dd>{TERMINATION_DECIDER_LABELS[termination.decidedBy]}</dd>
      </dl>
      <button
        type="button"
        className="button button--primary"
        disabled={issue.busy}
        onClick={() => void issue.run()}
      >
        {issue.busy ? 'Génération…' : 'Générer la lettre de résiliation (Word)'}
      </button>
      {issue.error ? <Alert tone="error">{issue.error}</Alert> : null}
      {saveAs.error ? <Alert tone="error">{saveAs.error}</Alert> : null}
      {saved ? <Alert tone="success">{saved}</Alert> : null}
      {termination.letters.length > 0 ? (
        <ul className="letters">
          {termination.letters.map((letter, index) => (
            <li key={letter.id}>
              Lettre n° {index + 1} du {formatDateTime(letter.createdAt)} —{' '}
              <span className="muted">empreinte {letter.sha256.slice(0, 12)}</span>{' '}
              <button
                type="button"
                className="button button--quiet"
                disabled={saveAs.busy}
                onClick={() => void saveAs.run(letter.id)}
              >
                Enregistrer sous…
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
