; Inno Setup 6 script: the Windows installer for Samverkan Desktop.
; Built by packaging/build.ps1 after PyInstaller has made dist\samverkan-desktop\ (one folder).
; Per-user (no administrator rights) by default; per-machine when installed as administrator or
; chosen in the dialog. Start-menu entry and the file types .samverkan / .samverkan-delning.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Samverkan Desktop"
#define AppExe "samverkan-desktop.exe"
#define Bundle "..\..\dist\samverkan-desktop"

[Setup]
AppId={{6C1C7E52-3E0B-4B8E-9F3A-5A4D2C7B9E10}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Samverkan Desktop
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=samverkan-desktop-{#AppVersion}-setup
SetupIconFile=..\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\{#AppExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#Bundle}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The workspace (.samverkan) and shared files (.samverkan-delning). HKA is HKCU for a per-user
; install and HKLM for a per-machine one.
Root: HKA; Subkey: "Software\Classes\.samverkan"; ValueType: string; ValueName: ""; ValueData: "SamverkanDesktop.Workspace"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.samverkan"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-samverkan-workspace"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\SamverkanDesktop.Workspace"; ValueType: string; ValueName: ""; ValueData: "Samverkan-arbetsyta"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\SamverkanDesktop.Workspace\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\SamverkanDesktop.Workspace\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.samverkan-delning"; ValueType: string; ValueName: ""; ValueData: "SamverkanDesktop.Shared"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.samverkan-delning"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-samverkan-shared"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\SamverkanDesktop.Shared"; ValueType: string; ValueName: ""; ValueData: "Delad Samverkan-fil"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\SamverkanDesktop.Shared\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\SamverkanDesktop.Shared\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".samverkan"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".samverkan-delning"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
