import { zodResolver } from '@hookform/resolvers/zod'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { FormProvider, useForm, useWatch, type Path } from 'react-hook-form'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router'
import { AGREEMENT_STATUS_LABELS, type AgreementView } from '@shared/domain/agreement'
import {
  agreementContentSchema,
  WIZARD_STEPS,
  type AgreementContent,
  type WizardStep
} from '@shared/schemas/agreement.schema'
import { api, unwrap } from '../../../api/client'
import { useQuery } from '../../../api/use-query'
import { Alert } from '../../../components/Alert'
import { PageHeader } from '../../../components/PageHeader'
import { WizardStepContent } from '../steps/WizardStepContent'
import { agreementToFormValues } from './agreement-form-values'
import { AgreementHistory } from './AgreementHistory'
import { AutosaveIndicator } from './AutosaveIndicator'
import { DuplicateButton } from './DuplicateButton'
import { useAutosave } from './use-autosave'
import { WizardContext } from './wizard-context'
import { WizardStepper } from './WizardStepper'

function toStep(value: string | undefined): WizardStep {
  const step = Number(value)
  return (Number.isInteger(step) && step >= 1 && step <= 8 ? step : 1) as WizardStep
}

/** `/conventions/:agreementId/etape/:step`: the drafting wizard of one agreement. */
export function AgreementWizardPage() {
  const params = useParams()
  const agreementId = Number(params['agreementId'])
  const { data: view, error } = useQuery(
    () => unwrap(api().agreements.get({ id: agreementId })),
    [agreementId]
  )
  if (error) return <Alert tone="error">{error}</Alert>
  if (!view) return <p className="loading">Chargement de la convention…</p>
  return <AgreementWizard key={agreementId} initialView={view} step={toStep(params['step'])} />
}

function AgreementWizard({ initialView, step }: { initialView: AgreementView; step: WizardStep }) {
  const navigate = useNavigate()
  const [view, setView] = useState(initialView)
  const { agreement, check } = view
  const editable = agreement.status === 'draft'
  const form = useForm<AgreementContent>({
    defaultValues: agreementToFormValues(initialView.agreement),
    resolver: zodResolver(agreementContentSchema),
    mode: 'onChange'
  })
  const stepRef = useRef(step)
  useEffect(() => {
    stepRef.current = step
  })

  const save = useCallback(
    async (changes: Partial<AgreementContent>) => {
      setView(await unwrap(api().agreements.saveDraft({ id: agreement.id, step: stepRef.current, changes })))
    },
    [agreement.id]
  )
  const { status, flush } = useAutosave(form, save, editable)

  // Drafts reopen where they were left: record the step as soon as it is shown.
  useEffect(() => {
    if (!editable || step === view.agreement.wizardStep) return
    void unwrap(api().agreements.saveDraft({ id: agreement.id, step, changes: {} })).then(
      setView,
      () => undefined
    )
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a change of step is to be recorded
  }, [step])

  // A review link names the field to fix (`?champ=terms.jointOffer`): put the cursor in it.
  const [searchParams] = useSearchParams()
  const fieldToFix = searchParams.get('champ')
  useEffect(() => {
    if (!fieldToFix) return
    const timer = setTimeout(() => {
      try {
        form.setFocus(fieldToFix as Path<AgreementContent>, { shouldSelect: false })
      } catch {
        // Lists (commitments, domains) have no single input to focus; the step itself is shown.
      }
    })
    return () => clearTimeout(timer)
  }, [fieldToFix, step, form])

  const partnerId = useWatch({ control: form.control, name: 'partnerId' })
  const { data: partner } = useQuery(
    () => (partnerId ? unwrap(api().partners.get({ id: partnerId })) : Promise.resolve(undefined)),
    [partnerId]
  )
  const stepsWithProblems = useMemo(() => new Set(check.problems.map((problem) => problem.step)), [check])
  const goTo = async (target: number) => {
    await flush()
    await navigate(`/conventions/${agreement.id}/etape/${target}`)
  }
  const stepLabel = WIZARD_STEPS[step - 1]?.label ?? ''
  const [actionError, setActionError] = useState<string>()

  return (
    <WizardContext.Provider value={{ view, partner, editable }}>
      <PageHeader
        title={agreement.title || 'Convention sans titre'}
        actions={
          <>
            {editable ? <AutosaveIndicator status={status} /> : null}
            <Link className="button" to={`/conventions/${agreement.id}/documents`}>
              Documents et signatures
            </Link>
            <DuplicateButton agreementId={agreement.id} onError={setActionError} />
          </>
        }
      >
        <p className="page-subtitle">
          <Link to="/conventions">← Registre</Link>
          <span className="reference">{agreement.reference}</span>
          <span className={`status status--${agreement.status}`}>
            {AGREEMENT_STATUS_LABELS[agreement.status]}
          </span>
        </p>
      </PageHeader>
      {actionError ? <Alert tone="error">{actionError}</Alert> : null}
      {!editable ? (
        <Alert tone="info">
          Cette convention n'est plus un brouillon : elle se consulte ici sans modification. Toute évolution
          d'une convention signée passe par un avenant.
        </Alert>
      ) : null}
      <div className="wizard">
        <WizardStepper agreementId={agreement.id} current={step} stepsWithProblems={stepsWithProblems} />
        <FormProvider {...form}>
          <div className="wizard-main">
            <form
              className="wizard-form"
              onSubmit={(event) => event.preventDefault()}
              noValidate
              aria-label={`Étape ${step} : ${stepLabel}`}
            >
              <h2 className="wizard-step-title">
                Étape {step} sur 8 · {stepLabel}
              </h2>
              <fieldset disabled={!editable} className="wizard-fields">
                <WizardStepContent step={step} onSaved={setView} />
              </fieldset>
              <div className="wizard-actions">
                {step > 1 ? (
                  <button type="button" className="button" onClick={() => void goTo(step - 1)}>
                    Étape précédente
                  </button>
                ) : null}
                {step < 8 ? (
                  <button
                    type="button"
                    className="button button--primary"
                    onClick={() => void goTo(step + 1)}
                  >
                    Étape suivante
                  </button>
                ) : null}
              </div>
            </form>
            <AgreementHistory
              agreementId={agreement.id}
              version={`${agreement.status}-${agreement.version}`}
            />
          </div>
        </FormProvider>
      </div>
    </WizardContext.Provider>
  )
}
