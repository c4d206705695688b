package io.github.doctor409.guide;

import static io.github.doctor409.guide.Instruction.run;
import static io.github.doctor409.guide.Instruction.say;

import io.github.doctor409.core.OperatingSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Exact steps by hand for each rung, per operating system and, where it matters, per way the Spotify app
 * was installed (the {@code flavour} word of the desktop checks' evidence, e.g. {@code snap}). Each
 * sentence carries a key under {@code guide.do.} for the window's translations; commands stay as they are.
 */
public final class StepInstructions {

    private final OperatingSystem os;
    private final Optional<String> flavour;

    public StepInstructions(OperatingSystem os, Optional<String> flavour) {
        this.os = os;
        this.flavour = flavour;
    }

    public List<Instruction> forStep(LadderStep step) {
        return switch (step) {
            case NETWORK -> network();
            case CLOCK -> clock();
            case SIGN_IN -> List.of(
                    say("signIn.window", "Sign in from 409 Doctor's window (the Sign-in card), or in a terminal:"),
                    run("signIn.browser", "Sign in again in your browser", "doctor409 login"));
            case APP_LOGIN -> appLogin();
            case RETRY_LATER -> List.of(
                    say("retry.wait", "Wait a minute or two, then press \"Check again\"."),
                    run("retry.terminal", "Or check the connection and sign-in again from a terminal",
                            "doctor409 check --only network.services,auth.token"));
            case UPDATE -> update();
            case REINSTALL -> reinstall();
            case CLEAR_CACHE -> clearCache();
            case CONTACT_SUPPORT -> List.of(
                    run("support.report", "Write the report (personal data is removed) and look it over", "doctor409 report --out doctor409-report.md"),
                    run("support.open", "Open Spotify support and attach or paste the report", StepAction.SUPPORT_PAGE.toString()));
            case WAIT_AND_MONITOR -> List.of(
                    say("monitor.open", "Open the Monitor in 409 Doctor's window; it re-checks every 30 seconds and tells you when all is green."),
                    run("monitor.byHand", "Or check by hand now and then", "doctor409 check --only network.services,auth.token"));
        };
    }

    private List<Instruction> network() {
        List<Instruction> steps = new ArrayList<>();
        steps.add(say("network.vpn", "Turn off any VPN or proxy for a moment, and open a web page to see whether a Wi-Fi sign-in page appears."));
        switch (os) {
            case WINDOWS -> {
                steps.add(run("network.testWindows", "In PowerShell, test the secure connection to Spotify (TcpTestSucceeded should be True)",
                        "Test-NetConnection api.spotify.com -Port 443"));
                steps.add(run("network.flush", "Forget stale name lookups", "ipconfig /flushdns"));
            }
            case MACOS -> {
                steps.add(run("network.testMac", "In Terminal, test the connection (an answer with 401 is good: Spotify was reached)",
                        "curl -sS -o /dev/null -w '%{http_code}\\n' https://api.spotify.com/v1/me"));
                steps.add(run("network.flush", "Forget stale name lookups", "sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder"));
            }
            case LINUX -> {
                steps.add(run("network.testLinux", "In a terminal, test the connection (an answer with 401 is good: Spotify was reached)",
                        "curl -sS -o /dev/null -w '%{http_code}\\n' https://api.spotify.com/v1/me"));
                steps.add(run("network.flushLinux", "Forget stale name lookups (systemd-resolved)", "resolvectl flush-caches"));
            }
        }
        steps.add(say("network.firewall", "If a firewall or security program is installed, allow Spotify to use ports 4070, 443 and 80."));
        return steps;
    }

    private List<Instruction> clock() {
        return switch (os) {
            case WINDOWS -> List.of(
                    say("clock.windows", "Settings → Time & language → Date & time: turn on \"Set time automatically\", then press \"Sync now\"."),
                    run("clock.windowsAdmin", "Or, in a PowerShell opened as administrator", "w32tm /resync"));
            case MACOS -> List.of(
                    say("clock.macos", "System Settings → General → Date & Time: turn on \"Set time and date automatically\"."),
                    run("clock.terminal", "Or, in Terminal", "sudo sntp -sS time.apple.com"));
            case LINUX -> List.of(
                    run("clock.linuxAuto", "Turn on automatic time", "timedatectl set-ntp true"),
                    run("clock.linuxStatus", "Then check that \"System clock synchronized\" says yes", "timedatectl status"));
        };
    }

    private List<Instruction> appLogin() {
        List<Instruction> steps = new ArrayList<>();
        steps.add(say("appLogin.logOut", "In the Spotify app, click your profile picture (top right) → Log out."));
        steps.add(switch (os) {
            case MACOS -> say("appLogin.quitMac", "Quit the app completely (Spotify menu → Quit Spotify).");
            case WINDOWS -> say("appLogin.quitWindows", "Quit the app completely (right-click the tray icon → Quit).");
            case LINUX -> say("appLogin.quitLinux", "Quit the app completely.");
        });
        steps.add(say("appLogin.again", "Open it again and log in. If your plan changed recently, this makes the app see it."));
        steps.add(run("appLogin.devices", "Check which devices use your account at the moment", "https://www.spotify.com/account/overview/"));
        return steps;
    }

    private List<Instruction> update() {
        String installed = flavour.orElse("");
        return switch (installed) {
            case "microsoft-store" -> List.of(
                    say("update.store", "Open the Microsoft Store → Library → Get updates."),
                    run("powershell", "Or in PowerShell", "winget upgrade --id 9NCBCSZSJRSB --source msstore"));
            case "windows-installer" -> List.of(
                    say("update.windows", "In the Spotify app: menu (…) → Help → About Spotify; an available update shows there. Restart the app."),
                    run("powershell", "Or in PowerShell", "winget upgrade --id Spotify.Spotify"));
            case "macos" -> List.of(
                    say("update.macos", "In the Spotify app: Spotify menu → About Spotify; an available update shows there. Restart the app."),
                    run("update.brew", "If you installed it with Homebrew", "brew upgrade --cask spotify"));
            case "snap" -> List.of(run("update.snap", "Update the Snap", "sudo snap refresh spotify"));
            case "flatpak" -> List.of(run("update.flatpak", "Update the Flatpak", "flatpak update com.spotify.Client"));
            case "linux-package" -> List.of(
                    run("update.apt", "Debian or Ubuntu with Spotify's repository", "sudo apt update && sudo apt install --only-upgrade spotify-client"),
                    say("update.launcher", "spotify-launcher updates the app by itself at the next start; for the AUR package, update it with your AUR helper."));
            default -> List.of(
                    say("update.download", "Install the latest version from Spotify's download page, then restart the app."),
                    run("update.downloadPage", "Download page", "https://www.spotify.com/download/"));
        };
    }

    private List<Instruction> reinstall() {
        List<Instruction> steps = new ArrayList<>();
        steps.add(run("reinstall.spicetify", "If you use Spicetify, restore the original app first", "spicetify restore"));
        String installed = flavour.orElse("");
        switch (installed) {
            case "microsoft-store" -> steps.add(say("reinstall.store", "Settings → Apps → Spotify → Uninstall, then install it again from the Microsoft Store."));
            case "windows-installer" -> {
                steps.add(say("reinstall.windows", "SpotX and BlockTheSpot patch the app's files: uninstall Spotify (Settings → Apps), then install it fresh."));
                steps.add(run("reinstall.fresh", "Fresh installer", "https://www.spotify.com/download/"));
            }
            case "macos" -> {
                steps.add(say("reinstall.macos", "Quit Spotify, move Spotify.app from Applications to the Bin, then install it fresh."));
                steps.add(run("reinstall.brew", "Or with Homebrew", "brew reinstall --cask spotify"));
            }
            case "snap" -> steps.add(run("reinstall.snap", "Reinstall the Snap", "sudo snap remove spotify && sudo snap install spotify"));
            case "flatpak" -> steps.add(run("reinstall.flatpak", "Reinstall the Flatpak",
                    "flatpak uninstall com.spotify.Client && flatpak install flathub com.spotify.Client"));
            case "linux-package" -> steps.add(run("reinstall.apt", "Reinstall the package (Debian or Ubuntu)",
                    "sudo apt install --reinstall spotify-client"));
            default -> steps.add(run("reinstall.download", "Uninstall Spotify, then install it fresh", "https://www.spotify.com/download/"));
        }
        steps.add(say("reinstall.offline", "Offline downloads may need downloading again after a reinstall; your playlists are kept in your account."));
        return steps;
    }

    private List<Instruction> clearCache() {
        List<Instruction> steps = new ArrayList<>();
        steps.add(say("cache.quit", "Quit the Spotify app first."));
        String data = switch (flavour.orElse(os == OperatingSystem.WINDOWS ? "windows-installer"
                : os == OperatingSystem.MACOS ? "macos" : "linux-package")) {
            case "microsoft-store" -> "%LOCALAPPDATA%\\Packages\\SpotifyAB.SpotifyMusic_zpdnekdrzrea0\\LocalCache\\Spotify\\Data";
            case "windows-installer" -> "%LOCALAPPDATA%\\Spotify\\Data";
            case "macos" -> "~/Library/Caches/com.spotify.client/Data";
            case "snap" -> "~/snap/spotify/common/.cache/spotify/Data";
            case "flatpak" -> "~/.var/app/com.spotify.Client/cache/spotify/Data";
            default -> "~/.cache/spotify/Data";
        };
        steps.add(say("cache.delete", "Delete only the folder " + data + " (and Browser beside it). Never delete Storage: it holds your"
                + " offline downloads.", data));
        steps.add(run("cache.safe", "Or let 409 Doctor do it safely, with undo", "doctor409 cache clear"));
        return steps;
    }
}
