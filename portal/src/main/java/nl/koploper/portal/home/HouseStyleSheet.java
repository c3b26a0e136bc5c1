package nl.koploper.portal.home;

import java.time.Duration;
import java.util.Locale;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stylesheet of a gemeente's house colour, {@code /css/huisstijl/<RRGGBB>.css}, which the frame links after
 * portal.css. A stylesheet of its own rather than a style attribute: the portal's Content-Security-Policy allows no
 * inline style, and a sheet whose address is its colour is the same for everyone and can be cached for good. The
 * colour is checked again here; anything but six hex digits is a 404, so nothing else can reach the CSS.
 */
@RestController
class HouseStyleSheet {

    private static final MediaType CSS = new MediaType("text", "css", StandardCharsets.UTF_8);

    @GetMapping("/css/huisstijl/{digits}.css")
    ResponseEntity<String> sheet(@PathVariable String digits) {
        return HouseColour.parse("#" + digits)
                .map(colour -> ResponseEntity.ok()
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                        .contentType(CSS)
                        .body(css(colour)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    static String css(HouseColour colour) {
        HouseColour text = colour.headerText();
        StringBuilder css = new StringBuilder()
                .append("/* House colour ").append(colour.hex()).append(": header text ").append(text.hex())
                .append(String.format(Locale.ROOT, " (%.1f:1)", colour.contrastWith(text)));
        if (colour.readableAsLink()) {
            css.append("; links and buttons in the house colour (")
                    .append(String.format(Locale.ROOT, "%.1f:1", colour.contrastWith(HouseColour.WHITE)))
                    .append(" on white). */\n")
                    .append(":root { --header-bg: ").append(colour.hex()).append("; --header-ink: ").append(text.hex())
                    .append("; --brand: ").append(colour.hex()).append("; --brand-dark: ")
                    .append(colour.darker().hex()).append("; }\n");
        } else {
            css.append("; links and buttons keep the portal's colours (")
                    .append(String.format(Locale.ROOT, "%.1f:1", colour.contrastWith(HouseColour.WHITE)))
                    .append(" on white is too little). */\n")
                    .append(":root { --header-bg: ").append(colour.hex()).append("; --header-ink: ").append(text.hex())
                    .append("; }\n");
        }
        return css.toString();
    }
}
