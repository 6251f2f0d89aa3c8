import type { AppServices } from '../services/app-services'
import type { AppDatabase } from '../db/schema'

export interface CliOutput {
  out(text: string): void
  err(text: string): void
}

export interface CliContext {
  db: AppDatabase
  services: AppServices
  output: CliOutput
}

/** For commands that work on the database file itself (check, backup) and must not open or migrate it first. */
export interface FileCommandContext {
  databasePath: string
  output: CliOutput
}

/** Bad usage (unknown command or option, missing argument): exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export const USAGE = `Usage : npm run cli -- [--db FICHIER] <commande>

Commandes :
  demo [--agreements N]                  ajoute des données d'exemple (sans doublon) : partenaires, besoins,
                                         conventions ; --agreements N ajoute N conventions de test en plus
  partners list [--json] [--search T] [--archived]
                                         liste les structures partenaires
  partners add --name NOM [--siret S] [--rna R] [--postal-code CP] [--commune C]
               [--legal-form F] [--address A]
                                         ajoute une structure partenaire
  agreements list [--json] [--search T] [--type TYPE] [--status STATUT]
                                         liste les conventions (TYPE : economic-cooperation,
                                         social-innovation, responsible-practices, patronage ;
                                         STATUT : draft, ready_for_signature, signed, active, ended, terminated)
  agreements check --ref REF [--json]    ce qui empêche la convention d'être prête pour signature (code 1 s'il
                                         reste un point à corriger)
  agreements transition --ref REF --to draft|ready|active|ended|terminated [--date AAAA-MM-JJ] [--reason TEXTE]
                        [--decided-by la-poste|partner|mutual]
                                         change le statut d'une convention ; « ready » passe le contrôle avant
                                         signature (chaque point refusé avec son code) ; une résiliation demande son motif
                                         (--reason) ; sa date d'effet (--date, aujourd'hui par défaut) n'est
                                         pas avant le début ; décidée par La Poste par défaut
  portfolio [--json]                     les listes « À traiter » de l'accueil (après les débuts et fins
                                         de convention arrivés à date)
  calendar --out FICHIER.ics [--from AAAA-MM-JJ] [--to AAAA-MM-JJ]
                                         les échéances (fins, préavis, comités, résultats) au format iCalendar
  exchange export --out FICHIER.zip [--network NOM] [--from AAAA-MM-JJ] [--to AAAA-MM-JJ] [--anonymised]
                                         fichier d'échange pour une tête de réseau (période : date de début)
  exchange import FICHIER.zip [--dry-run] [--on-conflict keep|take] [--accept-sender]
                                         importe un fichier d'échange (--dry-run : aperçu JSON, rien n'est écrit ;
                                         --accept-sender : expéditeur vérifié malgré une clé changée ou
                                         un fichier non signé)
  documents generate (--ref REF | --all) --out DOSSIER [--signed]
                                         écrit les conventions au format Word et affiche leurs chemins ;
                                         --signed : version signée (signatures enregistrées, ou signatures
                                         d'exemple pour les données de démonstration)
  documents verify FICHIER               dit si un .docx ou .pdf a été émis par cette installation et
                                         est inchangé (code 0), ou s'il est modifié ou inconnu (code 1) ;
                                         vérifie aussi chaque signature électronique (code 1 si l'une
                                         est invalide)
  documents sign --ref REF --party la-poste|partner --p12 FICHIER --passphrase-env VARIABLE
                 --place LIEU --out DOSSIER [--title QUALITE] [--amendment N]
                                         signe la dernière version pour signature avec un certificat
                                         PKCS#12 (PDF avec journal de signature et fichier Word), écrit les
                                         fichiers signés dans DOSSIER et les enregistre
  documents sign-pdf FICHIER.pdf --p12 FICHIER --passphrase-env VARIABLE --place LIEU --out SIGNE.pdf
                     [--party partner|la-poste] [--party-name NOM] [--title QUALITE]
                                         chez l'autre partie : ajoute sa signature (et son journal de
                                         signature) à un PDF reçu signé, après avoir vérifié ses signatures
  documents sign-received --ref REF --p12 FICHIER --passphrase-env VARIABLE --place LIEU
                          [--title QUALITE] [--out SIGNE.pdf]
                                         chez le partenaire : signe le PDF signé par La Poste reçu dans un
                                         fichier d'échange et l'enregistre ; le prochain export le renvoie
  backup create [--out FICHIER]          sauvegarde vérifiée (dossier backups/ à côté de la base, ou FICHIER)
  backup list [--json]                   liste les sauvegardes avec leur date et leur taille
  backup restore FICHIER                 restaure une sauvegarde (l'état actuel est sauvegardé avant ;
                                         une base endommagée est mise de côté, jamais effacée)
  check                                  vérifie l'intégrité de la base (code 1 si elle est endommagée)

Codes de sortie : 0 succès, 1 données refusées, 2 mauvaise utilisation.`
