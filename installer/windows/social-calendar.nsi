; Social Calendar for Windows: a per-user installer (no administrator rights) around the PyInstaller folder.
; makensis -DVERSION=0.1.0 -DSOURCE_DIR=dist\social-calendar -DOUTFILE=dist\social-calendar-0.1.0-setup.exe
;          installer\windows\social-calendar.nsi
; The user's file, backups and settings live in their own folders (%LOCALAPPDATA%\social-calendar and the
; registry key of the settings), never in the install folder: updating installs over the old version, and the
; uninstaller removes the program only.
Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !error "give -DVERSION=X.Y.Z"
!endif
!ifndef SOURCE_DIR
  !error "give -DSOURCE_DIR=the PyInstaller folder (dist\social-calendar)"
!endif
!ifndef OUTFILE
  !define OUTFILE "social-calendar-${VERSION}-setup.exe"
!endif
!ifndef ICON  ; the app's icon, written by installer/windows_metadata.py (the workflow passes it)
  !define ICON "${NSISDIR}\Contrib\Graphics\Icons\modern-install.ico"
!endif
!define NAME "Social Calendar"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\SocialCalendar"

Name "${NAME}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${NAME}"
InstallDirRegKey HKCU "Software\${NAME}\Installer" "InstallDir"
SetCompressor /SOLID lzma

VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${NAME}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${NAME} installer"
VIAddVersionKey "CompanyName" "The Social Calendar authors"
VIAddVersionKey "LegalCopyright" "MIT licence"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_FINISHPAGE_RUN "$INSTDIR\social-calendar.exe"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Dutch"

Section "Install"
  SetShellVarContext current
  ; An update replaces the program folder as a whole (files of the old version must not linger).
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${SOURCE_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${NAME}.lnk" "$INSTDIR\social-calendar.exe" "" "$INSTDIR\social-calendar.exe" 0
  WriteRegStr HKCU "Software\${NAME}\Installer" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "The Social Calendar authors"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\social-calendar.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  ; The program only: the user's data (%LOCALAPPDATA%\social-calendar) and settings stay.
  Delete "$SMPROGRAMS\${NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\social-calendar.exe"
  Delete "$INSTDIR\social-calendar-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${NAME}\Installer"
SectionEnd
