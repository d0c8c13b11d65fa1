; Inno Setup 6 script: the Windows installer for the PyInstaller one-folder build.
;
;   iscc /DAppVersion=0.1.0 installer\ekadm.iss
;
; (installer\build.ps1 builds the bundle first and passes the version from pyproject.toml.)
; Input: dist\ekadm-desktop\ (PyInstaller's output folder, see installer\ekadm.spec).
; Output: dist\installer\ekadm-desktop-<version>-setup.exe.
;
; Installs per user (no administrator rights) by default; an administrator can choose "install
; for all users" in the first dialog or with /ALLUSERS on the command line (/CURRENTUSER forces
; per user). The program files go to {autopf} (Program Files, or %LOCALAPPDATA%\Programs per user).
; The user's data (database, settings, logs, backups) is never written under {app}: the app keeps
; it in the user's own folders (%LOCALAPPDATA%\EkAdm\ekadm-desktop\), so uninstalling removes the
; program only and keeps the database. There is deliberately no [UninstallDelete] section.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z installer\ekadm.iss
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\ekadm-desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist\installer"
#endif
#define AppName "EkAdm Desktop"
#define AppPublisher "EkAdm (stadens ekonomiadministrativa servicefunktion)"
#define AppExeName "ekadm-desktop.exe"

[Setup]
; AppId identifies the app for upgrades and the uninstaller: never change it.
AppId={{6F1C8E2A-5B7D-4C3E-9A41-2D8F0B6E7C15}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\EkAdm Desktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
UsePreviousPrivileges=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\ekadm_desktop\resources\icons\ekadm.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
OutputDir={#OutputDir}
OutputBaseFilename=ekadm-desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
; Swedish first: the default when Windows' language matches neither.
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent
