; « Ouvrir avec › Alliance Conventions » for .zip exchange bundles, for the current user (or all users for a
; per-machine install). Only an OpenWithProgids entry is added: the Explorer keeps opening .zip files itself.
!define ALLIANCE_BUNDLE_PROGID "AllianceConventions.Echange"

!macro customInstall
  WriteRegStr SHELL_CONTEXT "Software\Classes\${ALLIANCE_BUNDLE_PROGID}" "" "Fichier d'échange Alliance Conventions"
  WriteRegStr SHELL_CONTEXT "Software\Classes\${ALLIANCE_BUNDLE_PROGID}" "FriendlyTypeName" "Fichier d'échange Alliance Conventions"
  WriteRegStr SHELL_CONTEXT "Software\Classes\${ALLIANCE_BUNDLE_PROGID}\DefaultIcon" "" "$INSTDIR\${APP_EXECUTABLE_FILENAME},0"
  WriteRegStr SHELL_CONTEXT "Software\Classes\${ALLIANCE_BUNDLE_PROGID}\shell\open" "FriendlyAppName" "Alliance Conventions"
  WriteRegStr SHELL_CONTEXT "Software\Classes\${ALLIANCE_BUNDLE_PROGID}\shell\open\command" "" '"$INSTDIR\${APP_EXECUTABLE_FILENAME}" "%1"'
  WriteRegStr SHELL_CONTEXT "Software\Classes\.zip\OpenWithProgids" "${ALLIANCE_BUNDLE_PROGID}" ""
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend

!macro customUnInstall
  DeleteRegValue SHELL_CONTEXT "Software\Classes\.zip\OpenWithProgids" "${ALLIANCE_BUNDLE_PROGID}"
  DeleteRegKey SHELL_CONTEXT "Software\Classes\${ALLIANCE_BUNDLE_PROGID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend
