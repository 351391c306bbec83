; Inno Setup script of the Windows installer (not run here: it needs Windows).
;   iscc /DVersion=0.1.0 packaging\windows\checkin.iss   after the PyInstaller build
; Installs dist\checkin\ for the current user (no administrator needed), a Start menu
; entry on checkin-desk.exe (the desk without a console window), and .checkin files
; opening with it. checkin.exe stays for the command line.
#ifndef Version
  #define Version "0.1.0"
#endif

[Setup]
AppId={{6B1C2E4A-7C0D-4E55-9C1B-2F0E4C8B9A11}
AppName=checkin
AppVersion={#Version}
AppPublisher=checkin
DefaultDirName={autopf}\checkin
DefaultGroupName=checkin
PrivilegesRequired=lowest
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=checkin-{#Version}-setup
SetupIconFile=..\checkin.ico
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\checkin\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\checkin"; Filename: "{app}\checkin-desk.exe"
Name: "{userdesktop}\checkin"; Filename: "{app}\checkin-desk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"

[Registry]
Root: HKCU; Subkey: "Software\Classes\.checkin"; ValueType: string; ValueData: "checkin.event"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\checkin.event"; ValueType: string; ValueData: "checkin event"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\checkin.event\DefaultIcon"; ValueType: string; ValueData: "{app}\checkin-desk.exe,0"
Root: HKCU; Subkey: "Software\Classes\checkin.event\shell\open\command"; ValueType: string; ValueData: """{app}\checkin-desk.exe"" ""%1"""
