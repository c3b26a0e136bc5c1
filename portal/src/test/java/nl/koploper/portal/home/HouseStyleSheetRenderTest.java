package nl.koploper.portal.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import nl.koploper.portal.CannedPlatform;
import nl.koploper.portal.PortalRenderTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.client.ExpectedCount;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The house colour's stylesheet as a browser fetches it (no sign-in: the frame of a public page links it too): the
 * header's text chosen for contrast, links and buttons in the colour only where it reads, nothing but a colour inside.
 */
@PortalRenderTest
class HouseStyleSheetRenderTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MockRestServiceServer platform;

    private MockHttpServletResponse sheet(String digits) throws Exception {
        return mvc.perform(get("/css/huisstijl/" + digits + ".css")).andReturn().getResponse();
    }

    @Test
    void aDarkColourHasWhiteHeaderTextAndLinksAndButtonsInIt() throws Exception {
        MockHttpServletResponse sheet = sheet("1A5F8E");
        assertThat(sheet.getStatus()).isEqualTo(200);
        assertThat(sheet.getContentType()).startsWith("text/css");
        assertThat(sheet.getHeader("Cache-Control")).contains("max-age=31536000", "public", "immutable");
        assertThat(sheet.getContentAsString()).contains("--header-bg: #1A5F8E;", "--header-ink: #FFFFFF;",
                "--brand: #1A5F8E;", "--brand-dark: #13476A;");
    }

    @Test
    void aLightColourHasDarkHeaderTextAndLeavesLinksAndButtonsAlone() throws Exception {
        String css = sheet("FFE600").getContentAsString();
        assertThat(css).contains("--header-bg: #FFE600;", "--header-ink: #1B1F23;", "13.1:1")
                .doesNotContain("--brand:", "--brand-dark:");
    }

    @Test
    void lowerCaseDigitsGiveTheSameSheet() throws Exception {
        assertThat(sheet("ffe600").getContentAsString()).isEqualTo(sheet("FFE600").getContentAsString());
    }

    @Test
    void anythingButSixHexDigitsIsNotFound() throws Exception {
        for (String bad : new String[] {"red", "1A5F8", "1A5F8E0", "GGGGGG", "1A5F8E%3B", "1A5F8E%7D%7B"}) {
            MockHttpServletResponse sheet = sheet(bad);
            assertThat(sheet.getStatus()).as(bad).isIn(400, 404);
            assertThat(sheet.getContentAsString()).as(bad).doesNotContain("--header");
        }
    }

    @Test
    void theGemeentesPublicPageIsInItsColourForAnyone() throws Exception {
        platform.reset();
        platform.expect(ExpectedCount.manyTimes(), requestTo(CannedPlatform.API + "/api/public/cohorts/leek"))
                .andRespond(withSuccess("""
                        {"gemeente":{"slug":"leek","name":"Gemeente Leek","logoUrl":null,"brandColour":"#1A5F8E"},
                         "cohorts":[]}""", MediaType.APPLICATION_JSON));
        MockHttpServletResponse page = mvc.perform(get("/gemeenten/leek")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("<link rel=\"stylesheet\" href=\"/css/huisstijl/1A5F8E.css\">",
                "Gemeente Leek");
    }
}
