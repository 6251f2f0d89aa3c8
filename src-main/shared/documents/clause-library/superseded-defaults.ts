/**
 * Wordings that earlier versions copied into each agreement as its « own » clause text (wizard defaults). An
 * agreement still holding one of them has not really chosen a wording: the library's current one applies, with its
 * variants (data-protection roles, jurisdiction by partner kind). Anything else the coordinator typed is theirs.
 */
const SUPERSEDED = [
  'Chaque partie peut faire état du partenariat dans sa communication. Toute utilisation du nom ou du logo de l’autre partie est soumise à son accord écrit préalable.',
  'Chaque partie traite les données personnelles nécessaires au partenariat dans le respect du règlement (UE) 2016/679 (RGPD) et de la loi Informatique et Libertés ; aucune donnée n’est cédée à des tiers.',
  'Les parties s’engagent à garder confidentielles les informations échangées pendant le partenariat, pendant sa durée et deux ans après son terme.',
  'À défaut d’accord amiable, tribunal judiciaire dans le ressort duquel se trouve la direction régionale de La Poste',
  "Chaque partie traite les données à caractère personnel nécessaires à l'exécution de la présente convention conformément au règlement (UE) 2016/679 (RGPD) et à la loi n° 78-17 du 6 janvier 1978 modifiée. Les données sont limitées à ce qui est nécessaire, conservées pendant la durée de la convention augmentée des délais légaux, et les personnes concernées peuvent exercer leurs droits auprès de chaque partie.",
  "Les parties s'engagent à garder confidentielles les informations non publiques échangées à l'occasion de la présente convention, pendant toute sa durée et deux ans après son terme.",
  "À défaut d'accord dans un délai de deux mois, le litige est porté devant le tribunal judiciaire dans le ressort duquel se trouve la direction régionale de La Poste."
].map(normalise)

function normalise(text: string): string {
  return text
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/, '')
    .trim()
    .toLowerCase()
}

/** The agreement's own wording of a clause, or null when it left the library's (empty or an old default). */
export function ownWording(text: string): string | null {
  const trimmed = text.trim()
  return trimmed === '' || SUPERSEDED.includes(normalise(trimmed)) ? null : trimmed
}
