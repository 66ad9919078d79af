package org.sendplan.reports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class ChartImagesTest {
    @TempDir
    Path dir;

    @Test
    void writesFourPngsOf900By500() throws IOException {
        ChartImages.write(Fixtures.forecast(), dir.resolve("charts"));
        for (String name : new String[]{"total.png", "provision.png", "phase.png", "need.png"}) {
            Path p = dir.resolve("charts").resolve(name);
            byte[] head = new byte[8];
            System.arraycopy(Files.readAllBytes(p), 0, head, 0, 8);
            assertArrayEquals(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, head, name);
            BufferedImage img = ImageIO.read(p.toFile());
            assertNotNull(img, name);
            assertEquals(900, img.getWidth(), name);
            assertEquals(500, img.getHeight(), name);
        }
    }
}
