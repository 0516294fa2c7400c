"""A trend or ranking answer shows its chart in the widget: the server's SVG (a picture
with its own title and text alternative, nothing else copied) and the figures as a table,
in English and in Spanish, with no accessibility violation."""
import pytest

from tests.browser.helpers import DESKTOP, PHONE_320, ask, check

pytestmark = pytest.mark.browser


def chart_of(answer):
    return answer.locator("figure.chart")


@pytest.mark.parametrize(
    "home,question,row,figure,table_label",
    [
        ("/", "How did seizures in the express environment change from FY 2018 to FY 2021?", "FY 2021", "16,926",
         "The figures as a table"),
        ("/es/", "¿Qué producto tuvo más líneas de incautación en el año fiscal 2021?", "Prendas de vestir/Accesorios",
         "30,681", "Las cifras en una tabla"),
    ],
)
def test_a_trend_or_ranking_answer_shows_its_chart_and_table(site, new_page, home, question, row, figure, table_label):
    page = new_page(DESKTOP)
    page.goto(site + home)
    answer = ask(page, question)
    chart = chart_of(answer)
    chart.wait_for()
    svg = chart.locator("svg[role=img]")
    assert svg.count() == 1
    assert svg.locator(":scope > title").text_content().strip()
    assert svg.locator("rect").count() >= 2
    page.locator("ipr-assistant .chart-table summary").last.click()
    table = chart.locator("table")
    assert table_label in chart.locator("summary").inner_text()
    rows = table.locator("tbody tr")
    assert rows.count() >= 2
    assert any(row in r and figure in r for r in rows.all_inner_texts()), rows.all_inner_texts()
    check(page, f"chart {home}", f"widget-chart{'-es' if home != '/' else ''}.png")
    assert page.errors == []


def test_a_chart_fits_a_small_screen(site, new_page):
    page = new_page(PHONE_320)
    page.goto(site + "/")
    answer = ask(page, "Which product had the most seizure lines in FY 2021?")
    svg = chart_of(answer).locator("svg")
    svg.wait_for()
    box, panel = svg.bounding_box(), page.locator("ipr-assistant .panel").bounding_box()
    assert box["x"] >= panel["x"] - 1 and box["x"] + box["width"] <= panel["x"] + panel["width"] + 1
    check(page, "chart on a 320 px screen", "widget-chart-320.png")


def test_a_chart_keeps_only_what_a_picture_needs(site, new_page):
    """Whatever the SVG holds beyond shapes and text (a script, a link, an event handler, a style)
    never reaches the page: the widget copies allowed elements and attributes only."""
    page = new_page(DESKTOP)
    page.goto(site + "/")
    page.locator("ipr-assistant").wait_for(state="attached")
    html = page.evaluate(
        """async () => {
            const src = document.querySelector('script[type=module][src*="widget"]').src;
            const mod = await import(src);
            const svg = mod.safeSvg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" role="img" onload="window.pwned=1">'
              + '<title>t</title><script>window.pwned=2</script><a href="javascript:alert(1)"><rect width="5" height="5"/></a>'
              + '<rect width="5" height="5" onclick="window.pwned=3" style="fill:url(javascript:1)" fill="#123"/>'
              + '<foreignObject><div>x</div></foreignObject></svg>');
            document.body.append(svg);
            return svg.outerHTML;
        }"""
    )
    assert "script" not in html and "onload" not in html and "onclick" not in html and "style" not in html
    assert "href" not in html and "foreignObject" not in html
    assert 'fill="#123"' in html and "<title>t</title>" in html
    assert page.evaluate("() => window.pwned") is None
