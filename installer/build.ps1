# Build the Windows bundle and installer: PyInstaller one-folder build, its self-test, then Inno Setup.
#
#   powershell -ExecutionPolicy Bypass -File installer\build.ps1
#
# Needs: uv (https://docs.astral.sh/uv/), Python 3.11+, Inno Setup 6 (iscc.exe on PATH or in its
# default folder). Output: dist\ekadm-desktop\ (the bundle) and dist\installer\ekadm-desktop-<version>-setup.exe.
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$root = Split-Path -Parent $PSScriptRoot
Set-Location $root

# The version comes from pyproject.toml ([project] version = "X.Y.Z").
$match = Select-String -Path "pyproject.toml" -Pattern '^version\s*=\s*"([^"]+)"' | Select-Object -First 1
if (-not $match) { throw "no version in pyproject.toml" }
$version = $match.Matches[0].Groups[1].Value
Write-Host "EkAdm Desktop $version"

uv sync --locked --group bundle
if ($LASTEXITCODE -ne 0) { throw "uv sync failed" }

uv run --group bundle pyinstaller --noconfirm --clean installer\ekadm.spec --distpath dist --workpath build\pyinstaller
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# The bundled program's self-test: a missing file fails here, not at a user's first start.
# ekadm-desktop.exe is a windowed program: wait for it and read its log for the details.
$selfTest = Join-Path $root "build\self-test"
if (Test-Path $selfTest) { Remove-Item -Recurse -Force $selfTest }
$process = Start-Process -FilePath "dist\ekadm-desktop\ekadm-desktop.exe" -ArgumentList "--self-test", "`"$selfTest`"" -Wait -PassThru -NoNewWindow
Get-Content (Join-Path $selfTest "self-test.log") -ErrorAction SilentlyContinue | Write-Host
if ($process.ExitCode -ne 0) { throw "the bundle's self-test failed (exit code $($process.ExitCode))" }

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) {
    foreach ($folder in @("${env:ProgramFiles(x86)}\Inno Setup 6", "$env:ProgramFiles\Inno Setup 6", "$env:LOCALAPPDATA\Programs\Inno Setup 6")) {
        if (Test-Path "$folder\ISCC.exe") { $iscc = "$folder\ISCC.exe"; break }
    }
}
if (-not $iscc) { throw "Inno Setup 6 (ISCC.exe) not found: install it from https://jrsoftware.org/isdl.php" }
$languages = Join-Path (Split-Path -Parent $iscc) "Languages\Swedish.isl"
if (-not (Test-Path $languages)) { throw "Inno Setup has no Swedish translation ($languages): update Inno Setup 6" }

& $iscc "/DAppVersion=$version" "installer\ekadm.iss"
if ($LASTEXITCODE -ne 0) { throw "iscc failed" }
Get-ChildItem "dist\installer\*.exe" | ForEach-Object { Write-Host "installer: $($_.FullName) ($([math]::Round($_.Length / 1MB)) MB)" }
