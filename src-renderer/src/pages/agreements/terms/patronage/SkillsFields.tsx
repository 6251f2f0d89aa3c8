import { skillsValuationCents } from '@shared/partnership-types/patronage/patronage-valuation'
import type { PatronageTerms } from '@shared/schemas/agreement-terms.schema'
import type { AgreementContent } from '@shared/schemas/agreement.schema'
import { MoneyField } from '../../../../components/form/MoneyField'
import { NumberField } from '../../../../components/form/NumberField'
import { TextAreaField } from '../../../../components/form/TextAreaField'
import { TextField } from '../../../../components/form/TextField'
import { formatEuros } from '../../../../format'

/** Employees made available (art. L. 8241-2 C. trav.): who, how long, for what, where; valued at salary cost. */
export function SkillsFields({ skills }: { skills: PatronageTerms['skills'] }) {
  return (
    <fieldset className="form-section">
      <legend>Mécénat de compétences</legend>
      <div className="field-row">
        <NumberField<AgreementContent>
          name="terms.skills.employees"
          label="Salariés mobilisés"
          min={0}
          required
        />
        <NumberField<AgreementContent>
          name="terms.skills.days"
          label="Jours par salarié"
          unit="jours"
          min={0}
          required
        />
        <MoneyField<AgreementContent>
          name="terms.skills.dailyCostCents"
          label="Coût journalier"
          required
          hint="Salaire et charges d’une journée, au plus trois fois le plafond journalier de la sécurité sociale."
        />
      </div>
      <p className="computed" aria-live="polite">
        Valorisation : <strong>{formatEuros(skillsValuationCents(skills))}</strong>
        <span className="muted"> (salariés × jours × coût journalier)</span>
      </p>
      <TextField<AgreementContent> name="terms.skills.valuationBasis" label="Base de valorisation" />
      <TextAreaField<AgreementContent>
        name="terms.skills.missions"
        label="Missions confiées"
        required
        rows={3}
      />
      <TextField<AgreementContent>
        name="terms.skills.placeAndHours"
        label="Lieu et horaires"
        required
        hint="Ils figurent dans l’avenant au contrat de travail de chaque salarié."
      />
    </fieldset>
  )
}
