import { zodResolver } from '@hookform/resolvers/zod'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { FormProvider, useForm, useWatch, type Path } from 'react-hook-form'
import { useNavigate, useSearchParams } from 'react-router'
import { localIsoDate } from '@shared/agreements/agreement-dates'
import type { AgreementView } from '@shared/domain/agreement'
import {
  agreementContentSchema,
  WIZARD_STEPS,
  type AgreementContent,
  type WizardStep
} from '@shared/schemas/agreement.schema'
import { api, unwrap } from '../../../api/client'
import { useQuery } from '../../../api/use-query'
import { FieldIssuesProvider } from '../../../components/form/field-issues'
import { WizardStepContent } from '../steps/WizardStepContent'
import { agreementToFormValues } from './agreement-form-values'
import { AgreementHistory } from './AgreementHistory'
import { useAutosave } from './use-autosave'
import { fieldIssuesOf } from './use-field-issues'
import { WizardContext } from './wizard-context'
import { WizardHeader } from './WizardHeader'
import { WizardStepper } from './WizardStepper'

interface AgreementWizardProps {
  initialView: AgreementView
  step: WizardStep
  /** The draft became « prête pour signature »: the page shows it as a document from now on. */
  onLeftDraft: () => void
}

/** The drafting wizard of one draft: eight steps, autosaved, each rule shown next to its field as it is typed. */
export function AgreementWizard({ initialView, step, onLeftDraft }: AgreementWizardProps) {
  const navigate = useNavigate()
  const [view, setView] = useState(initialView)
  const { agreement } = view
  const form = useForm<AgreementContent>({
    defaultValues: agreementToFormValues(initialView.agreement),
    resolver: zodResolver(agreementContentSchema),
    mode: 'onChange'
  })
  const stepRef = useRef(step)
  useEffect(() => {
    stepRef.current = step
  })

  // A start date in the past is kept out of the saves until the coordinator says it is meant.
  const startDate = useWatch({ control: form.control, name: 'startDate' })
  const [confirmedStart, setConfirmedStart] = useState<string | null>(null)
  const needsConfirmation =
    startDate !== null &&
    /^\d{4}-\d{2}-\d{2}$/.test(startDate) &&
    startDate < localIsoDate(new Date()) &&
    startDate !== agreement.startDate &&
    startDate !== confirmedStart

  const save = useCallback(
    async (changes: Partial<AgreementContent>) => {
      setView(await unwrap(api().agreements.saveDraft({ id: agreement.id, step: stepRef.current, changes })))
    },
    [agreement.id]
  )
  const { status, flush, touch } = useAutosave(form, save, true, () => ({
    saved: agreementToFormValues(view.agreement),
    heldBack: new Set(needsConfirmation ? ['startDate'] : [])
  }))

  const leftDraft = useRef(onLeftDraft)
  useEffect(() => {
    leftDraft.current = onLeftDraft
  })
  useEffect(() => {
    if (view.agreement.status !== 'draft') leftDraft.current()
  }, [view.agreement.status])

  // Drafts reopen where they were left: record the step as soon as it is shown.
  const [leftSteps, setLeftSteps] = useState<ReadonlySet<number>>(
    () =>
      new Set(
        WIZARD_STEPS.filter((entry) => entry.step < initialView.agreement.wizardStep).map((e) => e.step)
      )
  )
  const shownStep = useRef(step)
  useEffect(() => {
    if (shownStep.current !== step) setLeftSteps((steps) => new Set(steps).add(shownStep.current))
    shownStep.current = step
    if (step === view.agreement.wizardStep) return
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
  const { check } = view
  const issueFor = fieldIssuesOf({ check, leftSteps, fieldToFix })
  const stepsWithProblems = useMemo(() => new Set(check.problems.map((problem) => problem.step)), [check])
  const goTo = async (target: number) => {
    await flush()
    await navigate(`/conventions/${agreement.id}/etape/${target}`)
  }
  const stepLabel = WIZARD_STEPS[step - 1]?.label ?? ''
  const pastStartDate =
    needsConfirmation && startDate !== null
      ? {
          date: startDate,
          confirm: () => {
            setConfirmedStart(startDate)
            touch()
          }
        }
      : null

  return (
    <WizardContext.Provider value={{ view, partner, editable: true, pastStartDate }}>
      <WizardHeader agreement={agreement} status={status} />
      <div className="wizard">
        <WizardStepper agreementId={agreement.id} current={step} stepsWithProblems={stepsWithProblems} />
        <FormProvider {...form}>
          <FieldIssuesProvider value={issueFor}>
            <div className="wizard-main">
              <form
                className="wizard-form"
                onSubmit={(event) => event.preventDefault()}
                noValidate
                aria-labelledby="wizard-step-title"
              >
                <h2 id="wizard-step-title" className="wizard-step-title" tabIndex={-1} data-arrival-focus>
                  Étape {step} sur 8 · {stepLabel}
                </h2>
                <div className="wizard-fields">
                  <WizardStepContent step={step} onSaved={setView} />
                </div>
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
          </FieldIssuesProvider>
        </FormProvider>
      </div>
    </WizardContext.Provider>
  )
}
