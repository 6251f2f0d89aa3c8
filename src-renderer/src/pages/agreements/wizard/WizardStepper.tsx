import { Link } from 'react-router'
import { WIZARD_STEPS, type WizardStep } from '@shared/schemas/agreement.schema'

interface WizardStepperProps {
  agreementId: number
  current: WizardStep
  /** Steps that still have blocking problems. */
  stepsWithProblems: ReadonlySet<number>
}

/** The eight steps, free to visit in any order; the current one and those with problems are marked. */
export function WizardStepper({ agreementId, current, stepsWithProblems }: WizardStepperProps) {
  return (
    <nav aria-label="Étapes de la convention" className="stepper">
      <ol>
        {WIZARD_STEPS.map(({ step, label }) => (
          <li key={step} className={step === current ? 'stepper-current' : undefined}>
            <Link
              to={`/conventions/${agreementId}/etape/${step}`}
              aria-current={step === current ? 'step' : undefined}
            >
              <span className="stepper-number">{step}</span>
              <span>{label}</span>
              {stepsWithProblems.has(step) && step !== 8 ? (
                <span className="stepper-flag" title="Informations manquantes">
                  <span className="visually-hidden"> (à compléter)</span>!
                </span>
              ) : null}
            </Link>
          </li>
        ))}
      </ol>
      <progress
        max={WIZARD_STEPS.length}
        value={current}
        aria-label={`Étape ${current} sur ${WIZARD_STEPS.length}`}
      />
    </nav>
  )
}
