package org.sendplan.reports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sendplan.model.Forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class ChartImagesTest {
    @TempDir
    Path dir;

    @Test
    void writesFourPngsOf900By500() throws IOException {
        ChartImages.write(Fixtures.forecast(), null, dir.resolve("charts"));
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

    @Test
    void anEmptySummaryStillGivesFourImagesOnOneThread() throws IOException {
        Forecast f = Fixtures.forecast();
        Forecast empty = new Forecast(f.scenario(), f.area(), f.baseYear(), f.horizon(), f.projection(), List.of(),
                List.of(), List.of(), List.of());
        ChartImages.write(empty, PublishedHistory.NONE, dir, 1);
        for (String name : ChartImages.FILES) {
            assertNotNull(ImageIO.read(dir.resolve(name).toFile()), name);
        }
    }
}
