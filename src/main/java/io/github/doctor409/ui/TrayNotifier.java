package io.github.doctor409.ui;

import java.awt.GraphicsEnvironment;
import java.awt.Image;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;

/**
 * Desktop notifications through the AWT system tray (Windows, macOS and most Linux desktops). Where
 * there is no tray, or the JVM is headless, {@link #create()} gives {@link DesktopNotifier#NONE}.
 */
public final class TrayNotifier implements DesktopNotifier {

    private static final System.Logger LOG = System.getLogger(TrayNotifier.class.getName());

    private final TrayIcon icon;

    private TrayNotifier(TrayIcon icon) {
        this.icon = icon;
    }

    public static DesktopNotifier create() {
        try {
            if (GraphicsEnvironment.isHeadless() || !SystemTray.isSupported()) {
                return NONE;
            }
            Image image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
            TrayIcon icon = new TrayIcon(image, "409 Doctor");
            icon.setImageAutoSize(true);
            return new TrayNotifier(icon);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.INFO, "No system notifications here", e);
            return NONE;
        }
    }

    @Override
    public void notify(String title, String message) {
        try {
            SystemTray tray = SystemTray.getSystemTray();
            if (java.util.Arrays.asList(tray.getTrayIcons()).contains(icon)) {
                tray.remove(icon);
            }
            tray.add(icon);
            icon.displayMessage(title, message, TrayIcon.MessageType.INFO);
        } catch (Exception | LinkageError e) {
            LOG.log(System.Logger.Level.INFO, "Could not show a system notification", e);
        }
    }
}
