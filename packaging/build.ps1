# Builds Strategy Canvas's Windows installer (.msi) with jpackage: the Windows twin of build.sh (read its
# header for the steps). Needs a JDK 17+ (JAVA_HOME, else the java on the PATH) and WiX Toolset 3 on the PATH
# (jpackage makes the .msi with it). Run after `mvn package`, or `mvn -Ppackage package` does both.
# Not tested on Windows yet: the Linux build is the one checked.
$ErrorActionPreference = 'Stop'

$here = Split-Path -Parent $MyInvocation.MyCommand.Path
$repo = Split-Path -Parent $here
Set-Location $repo

$name = 'Strategy Canvas'
$jar = 'target\strategy-canvas.jar'
$mainClass = 'org.strategycanvas.app.Launcher'
$out = 'target\packaging'

function Fail($message) { Write-Error "packaging: $message"; exit 1 }
function Run($exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { Fail "$exe failed ($LASTEXITCODE)" }
}

if (-not (Test-Path $jar)) { Fail "$jar is missing: run mvn package first (or mvn -Ppackage package)" }
if (-not $env:JAVA_HOME) { $env:JAVA_HOME = Split-Path -Parent (Split-Path -Parent (Get-Command java).Source) }
$bin = Join-Path $env:JAVA_HOME 'bin'
$feature = [int]((& "$bin\java" -XshowSettings:properties -version 2>&1 | Out-String) `
    -split "`n" | Where-Object { $_ -match 'java.specification.version = ' } | ForEach-Object { ($_ -split '= ')[1].Trim() })
function JarVersion {
    Add-Type -AssemblyName System.IO.Compression.FileSystem
    $zip = [IO.Compression.ZipFile]::OpenRead((Resolve-Path $jar).Path)
    try {
        $reader = New-Object IO.StreamReader($zip.GetEntry('META-INF/MANIFEST.MF').Open())
        $line = $reader.ReadToEnd() -split "`r?`n" | Where-Object { $_ -like 'Implementation-Version:*' }
        return ($line -split ':')[1].Trim()
    } finally { $zip.Dispose() }
}
$version = if ($env:APP_VERSION) { $env:APP_VERSION } else { JarVersion }
$version = ($version -split '-')[0]

if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$out\input", "$out\installer" | Out-Null

Write-Host 'packaging: JDK modules the jar needs (jdeps)'
$modules = (& "$bin\jdeps" --print-module-deps --ignore-missing-deps --multi-release $feature $jar | Select-Object -Last 1).Trim()
$modules = "$modules,jdk.localedata"
Write-Host "packaging:   $modules"

Write-Host 'packaging: slim runtime (jlink)'
$compress = if ($feature -ge 21) { 'zip-6' } else { '2' }
Run "$bin\jlink" @('--add-modules', $modules, '--include-locales=en,fr', '--strip-debug', '--no-header-files',
    '--no-man-pages', "--compress=$compress", '--generate-cds-archive', '--output', "$out\runtime")
Remove-Item -Force -ErrorAction SilentlyContinue "$out\runtime\bin\server\classes_nocoops.jsa"

# JavaFX's DLLs stay in the jar: on Windows JavaFX looks for them in ..\bin beside the jar, which a jpackage
# image does not have, and unpacks them once into the user's .openjfx cache.
Copy-Item $jar "$out\input\"

$common = @('--name', $name, '--app-version', $version, "@$here\common.options")

Write-Host 'packaging: app image (jpackage)'
# No class-data archive of the app on Windows yet: on JDK 17 one only maps at the path it was made for, and
# the .msi lets the user choose where to install (Linux makes it when the .deb is installed). The JDK's own
# archive, made by jlink above, still serves.
Run "$bin\jpackage" (@('--type', 'app-image', '--dest', "$out\image") + $common + @("@$here\windows\app-image.options",
    '--input', "$out\input", '--main-jar', 'strategy-canvas.jar', '--main-class', $mainClass,
    '--runtime-image', "$out\runtime"))
$image = "$out\image\$name"

Write-Host 'packaging: installer (jpackage)'
Run "$bin\jpackage" (@('--type', 'msi', '--dest', "$out\installer", '--app-image', $image) + $common +
    @("@$here\windows\msi.options", '--file-associations', "$here\windows\strategy-canvas-file.properties"))

Write-Host 'packaging: done'
Get-ChildItem "$out\installer"
