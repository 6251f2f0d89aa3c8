import { useFormContext } from 'react-hook-form'
import type { AgreementContent } from '@shared/schemas/agreement.schema'
import { formatDate } from '../../../format'

/**
 * A start date already past is often a typing slip (2020 for 2026): it is saved only once the coordinator says
 * it is meant; « Corriger » puts the cursor back in the date.
 */
export function PastStartDateQuestion({ date, confirm }: { date: string; confirm: () => void }) {
  const { setFocus } = useFormContext<AgreementContent>()
  return (
    <div className="confirm-bar" role="group" aria-labelledby="past-start-question">
      <p id="past-start-question">
        La date de début ({formatDate(date)}) est déjà passée : elle ne sera enregistrée qu’une fois
        confirmée. La convention a-t-elle vraiment commencé à cette date ?
      </p>
      <button
        type="button"
        className="button button--primary"
        onClick={() => {
          confirm()
          setFocus('durationMonths')
        }}
      >
        Oui, garder le {formatDate(date)}
      </button>
      <button type="button" className="button" onClick={() => setFocus('startDate')}>
        Corriger la date
      </button>
    </div>
  )
}
