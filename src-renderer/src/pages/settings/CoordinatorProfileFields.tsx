import type { Settings } from '@shared/schemas/settings.schema'
import { TextField } from '../../components/form/TextField'

/**
 * « Votre profil »: the coordinator's name, e-mail, region and department, in Réglages and on the first run (which
 * requires the name).
 */
export function CoordinatorProfileFields({ nameRequired = false }: { nameRequired?: boolean }) {
  return (
    <fieldset className="form-section">
      <legend>Votre profil</legend>
      <div className="field-row">
        <TextField<Settings>
          name="coordinator.name"
          label="Nom et prénom"
          required={nameRequired}
          autoComplete="name"
        />
        <TextField<Settings> name="coordinator.email" label="E-mail" type="email" autoComplete="email" />
      </div>
      <div className="field-row">
        <TextField<Settings> name="coordinator.region" label="Région" />
        <TextField<Settings>
          name="coordinator.department"
          label="Département"
          hint="Numéro utilisé dans les références (AD-2026-33-0042)."
          className="field--short"
          maxLength={3}
        />
      </div>
    </fieldset>
  )
}
