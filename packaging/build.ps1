# Build the Windows bundle (dist\samverkan-desktop\) and, when Inno Setup 6 is installed, the
# installer dist\samverkan-desktop-<version>-setup.exe.
# Usage (PowerShell, from anywhere):  .\packaging\build.ps1   [-Python path\to\python.exe] [-NoInstaller]
param(
    [string]$Python = ".venv\Scripts\python.exe",
    [switch]$NoInstaller
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

& $Python -c "import PyInstaller" 2>$null
if ($LASTEXITCODE -ne 0) { & $Python -m pip install -q "pyinstaller>=6.10" }
$version = & $Python -c "import sys; sys.path.insert(0, 'packaging'); import bundle_data; print(bundle_data.version())"

$watch = [Diagnostics.Stopwatch]::StartNew()
& $Python -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller packaging\samverkan-desktop.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller misslyckades" }
$size = (Get-ChildItem dist\samverkan-desktop -Recurse | Measure-Object Length -Sum).Sum / 1MB
Write-Host ("Byggt på {0:N0} s: dist\samverkan-desktop ({1:N0} MB)" -f $watch.Elapsed.TotalSeconds, $size)

if ($NoInstaller) { return }
$iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
          "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") | Where-Object { Test-Path $_ } | Select-Object -First 1
if (-not $iscc) { Write-Warning "Inno Setup 6 saknas (winget install JRSoftware.InnoSetup): bara mappen byggdes."; return }
& $iscc "/DAppVersion=$version" packaging\windows\samverkan-desktop.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup misslyckades" }
Write-Host "Installationsprogram: dist\samverkan-desktop-$version-setup.exe"
