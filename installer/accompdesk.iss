; Inno Setup 6.3+ script: AccompDesk for one user, without administrator rights.
;
;   python installer\build.py          (makes dist\AccompDesk and build\icons\accompdesk.ico)
;   iscc /DAppVersion=0.1.0 installer\accompdesk.iss
;
; gives dist\AccompDesk-0.1.0-setup.exe. It installs into
; %LOCALAPPDATA%\Programs\AccompDesk, adds a Start-menu entry (and a desktop one if asked),
; runs the program's self-test before it finishes, and never touches the vault: the vault
; lives in %LOCALAPPDATA%\AccompDesk, which neither an update nor an uninstall removes.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "AccompDesk"
#define AppExe "AccompDesk.exe"
#define Bundle "..\dist\AccompDesk"

[Setup]
; The AppId identifies the program across versions: never change it.
AppId={{1C81A48D-AED6-421E-9E23-65998EA8B994}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=AccompDesk
AppComments=Encrypted records and advocacy documents of a protective-accompaniment field office
; Per user, no administrator: {autopf} is then %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\build\icons\accompdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; An open AccompDesk is asked to close before its files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[CustomMessages]
en.SelfTestFailed=AccompDesk was installed, but its self-test failed. Please send the file %1 to whoever supports your office.
es.SelfTestFailed=AccompDesk se instaló, pero su autoprueba falló. Envíe el archivo %1 a quien dé soporte a su oficina.
en.CheckingInstallation=Checking the installation...
es.CheckingInstallation=Comprobando la instalación...

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The previous version's libraries go first, so that none of them lingers beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: files; Name: "{app}\self-test.txt"

[Code]
{ The self-test: a throwaway vault in the temporary folder, removed afterwards; no window. }
procedure CurStepChanged(CurStep: TSetupStep);
var
  ResultCode: Integer;
  Report: String;
begin
  if CurStep = ssPostInstall then
  begin
    WizardForm.StatusLabel.Caption := CustomMessage('CheckingInstallation');
    Report := ExpandConstant('{app}\self-test.txt');
    if (not Exec(ExpandConstant('{app}\AccompDesk-console.exe'), '--self-test --report "' + Report + '"',
                 ExpandConstant('{app}'), SW_HIDE, ewWaitUntilTerminated, ResultCode))
       or (ResultCode <> 0) then
      SuppressibleMsgBox(FmtMessage(CustomMessage('SelfTestFailed'), [Report]), mbError, MB_OK, IDOK);
  end;
end;
