; Inno Setup script: a per-user installer for the Windows one-folder build. See packaging/README.md.
;   uv run python packaging/build_bundle.py          (on Windows: dist\cvi-companion\ and build\icons\)
;   iscc /DAppVersion=0.1.0 packaging\windows\cvi-companion.iss   -> dist\cvi-companion-0.1.0-setup.exe

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "CVI Companion"
#define AppExe "cvi-companion.exe"
; Must be the same here, in the shortcut and in the app (QtWidgets' toasts are matched to it by Windows).
#define AppUserModelID "CVICompanion.CVICompanion"

[Setup]
; Never change AppId: it is how upgrades find the installed copy.
AppId={{70889045-04DE-4499-8175-C68E1B7D53D3}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=cvi_companion developers
AppCopyright=GPL-3.0-or-later
; Per user, no administrator rights: installs under %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=cvi-companion-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\cvi-companion.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes

[Files]
Source: "..\..\dist\cvi-companion\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelID}"; Comment: "Reminders, a cramp log and guides for leg vein care"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelID}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The cramp log, settings and backups live in the person's own folders (%LOCALAPPDATA%\cvi-companion):
; uninstalling leaves them, as it should. The app's "Your data" dialog deletes them on request.
