import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import { Link, useNavigate, useParams } from 'react-router'
import type { LocalNeed } from '@shared/domain/need'
import { emptyNeedInput, needInputSchema, type NeedInput } from '@shared/schemas/need.schema'
import { ApiError, api, errorMessage, unwrap } from '../../api/client'
import { useQuery } from '../../api/use-query'
import { useReference } from '../../app/reference-context'
import { Alert } from '../../components/Alert'
import { applyServerErrors } from '../../components/form/apply-server-errors'
import { RestoredDraftNotice } from '../../components/form/RestoredDraftNotice'
import { useLocalDraft } from '../../components/form/use-local-draft'
import { NumberField } from '../../components/form/NumberField'
import { TextAreaField } from '../../components/form/TextAreaField'
import { TextField } from '../../components/form/TextField'
import { PageHeader } from '../../components/PageHeader'
import { NeedAgreements } from './NeedAgreements'
import { NeedCommunesFieldset } from './NeedCommunesFieldset'
import { DeleteNeedButton } from '../follow-up/DeleteNeedButton'

function needToFormValues(need: LocalNeed | undefined): NeedInput {
  if (!need) return emptyNeedInput()
  return {
    title: need.title,
    description: need.description,
    communes: need.communes.map((commune) => ({ postalCode: commune.postalCode, name: commune.name })),
    targetPublic: need.targetPublic,
    peopleReached: need.peopleReached,
    domainId: need.domainId,
    identifiedBy: need.identifiedBy
  }
}

/** `/besoins/nouveau` and `/besoins/:needId`: describe a local need; an existing one lists its agreements. */
export function NeedEditPage() {
  const params = useParams()
  const needId = params['needId'] ? Number(params['needId']) : undefined
  const { data: need, error } = useQuery(
    () => (needId === undefined ? Promise.resolve(undefined) : unwrap(api().needs.get({ id: needId }))),
    [needId]
  )
  if (error) return <Alert tone="error">{error}</Alert>
  if (needId !== undefined && !need) return <p className="loading">Chargement…</p>
  return <NeedForm key={need?.updatedAt ?? 'new'} need={need} />
}

function NeedForm({ need }: { need: LocalNeed | undefined }) {
  const navigate = useNavigate()
  const { engagements, actionDomains } = useReference()
  const [submitError, setSubmitError] = useState<string>()
  const form = useForm<NeedInput>({
    defaultValues: needToFormValues(need),
    resolver: zodResolver(needInputSchema),
    mode: 'onTouched'
  })
  const draft = useLocalDraft(`need:${need?.id ?? 'new'}`, form)

  const submit = form.handleSubmit(async (values) => {
    setSubmitError(undefined)
    try {
      const saved = need
        ? await unwrap(api().needs.update({ id: need.id, data: values }))
        : await unwrap(api().needs.create(values))
      draft.clear()
      await navigate('/besoins', { state: { flash: `Le besoin « ${saved.title} » est enregistré.` } })
    } catch (failure) {
      const shown = failure instanceof ApiError && applyServerErrors(form.setError, failure.fieldErrors)
      setSubmitError(shown ? `${errorMessage(failure)} Voir les champs signalés.` : errorMessage(failure))
    }
  })

  return (
    <>
      <PageHeader
        title={need ? need.title : 'Nouveau besoin local'}
        actions={
          need ? (
            <>
              <Link className="button button--primary" to={`/conventions/nouvelle?besoin=${need.id}`}>
                Nouvelle convention pour ce besoin
              </Link>
              <DeleteNeedButton need={need} />
            </>
          ) : null
        }
      >
        <p className="page-subtitle">
          <Link to="/besoins">← Besoins locaux</Link>
        </p>
      </PageHeader>
      <FormProvider {...form}>
        <form className="form" noValidate onSubmit={(event) => void submit(event)} aria-label="Besoin local">
          {draft.restored ? <RestoredDraftNotice onDiscard={draft.discard} /> : null}
          {submitError ? <Alert tone="error">{submitError}</Alert> : null}
          <TextField<NeedInput>
            name="title"
            label="Titre du besoin"
            required
            hint="Par exemple : « Plus de commerce ni de point poste à Sauveterre »."
          />
          <TextAreaField<NeedInput> name="description" label="Description" rows={4} />
          <div className="field">
            <label htmlFor="need-domain">Domaine d’actions</label>
            <select
              id="need-domain"
              {...form.register('domainId', {
                setValueAs: (value: string) => (value === '' || value === null ? null : Number(value))
              })}
            >
              <option value="">Choisir…</option>
              {engagements.map((engagement) => (
                <optgroup key={engagement.code} label={engagement.label}>
                  {actionDomains
                    .filter((domain) => domain.engagement === engagement.code && !domain.archived)
                    .map((domain) => (
                      <option key={domain.id} value={domain.id}>
                        {domain.label}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
            <p className="field-hint">
              Le domaine rattache le besoin à l’un des quatre engagements de La Poste.
            </p>
          </div>
          <div className="field-row">
            <TextField<NeedInput> name="targetPublic" label="Public concerné" />
            <NumberField<NeedInput>
              name="peopleReached"
              label="Personnes concernées"
              min={0}
              className="field--short"
            />
          </div>
          <TextField<NeedInput>
            name="identifiedBy"
            label="Repéré par"
            hint="La structure, l’élu ou le service qui a fait remonter le besoin."
          />
          <NeedCommunesFieldset />
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={form.formState.isSubmitting}>
              {need ? 'Enregistrer les modifications' : 'Enregistrer le besoin'}
            </button>
          </div>
        </form>
      </FormProvider>
      {need ? <NeedAgreements needId={need.id} /> : null}
    </>
  )
}
