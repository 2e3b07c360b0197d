#!/usr/bin/env python3
"""Browser tests of `saraptama serve`: real headless Chromium through WebDriver (chromedriver),
driven the way people use the pages — with the keyboard where it matters — in Russian and
Kazakh: check a DOCX, read the verdict, download the conclusion, sign in, record two rounds,
see them side by side, the statistics. A screenshot of every page is written to SCREENSHOTS.

Usage: browser_test.py BASE_URL REPOSITORY_ROOT DOCX_PATH SCREENSHOTS   (exit 1 on failure)
The server is started and stopped by the caller (ServiceTests); this script stops its browser.
"""
import base64
import os
import shutil
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

BASE, ROOT, DOCX, SCREENSHOTS = sys.argv[1:5]
CASES = os.path.join(ROOT, "Cases")
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL " + message)


def driver_path():
    for candidate in ("/usr/bin/chromedriver", shutil.which("chromedriver") or ""):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    sys.exit("chromedriver is required: apt-get install chromium-driver (.ci/run does it)")


downloads = tempfile.mkdtemp(prefix="saraptama-downloads-")
profile = tempfile.mkdtemp(prefix="saraptama-profile-")
options = webdriver.ChromeOptions()
for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1600",
                 f"--user-data-dir={profile}", "--lang=ru"):
    options.add_argument(argument)
options.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False})
browser = webdriver.Chrome(service=Service(driver_path()), options=options)
browser.set_page_load_timeout(300)


def shot(name):
    path = os.path.join(SCREENSHOTS, name + ".png")
    browser.save_screenshot(path)
    print("screenshot " + path)


def submit(form_element):
    """Submits with the form's button and waits until the next page has replaced this one."""
    button = form_element.find_element(By.CSS_SELECTOR, "button[type=submit]")
    button.click()

    # Chromium may answer a question about a node of a page it is replacing with "Node with given
    # id does not belong to the document" rather than a stale element (seen when the next page
    # comes at once, as for a broken .docx under load): that too means the page was replaced.
    def replaced(_):
        try:
            button.is_enabled()
            return False
        except WebDriverException:
            return True

    WebDriverWait(browser, 300).until(replaced)


try:
    for language in ("ru", "kk"):
        # Check a document: open page, upload the DOCX, read the verdict.
        browser.get(f"{BASE}/?lang={language}")
        check(browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == language, f"{language}: the page is not in {language}")
        # Keyboard: the first Tab reaches the skip link, and it leads to the main content.
        browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
        focused = browser.switch_to.active_element
        check(focused.get_attribute("class") == "skip", f"{language}: the first Tab does not reach the skip link")
        shot(f"check-{language}")
        browser.find_element(By.ID, "file").send_keys(DOCX)
        submit(browser.find_element(By.CSS_SELECTOR, "form[action='/check']"))
        verdict = browser.find_element(By.ID, "verdict")
        check(verdict.get_attribute("data-verdict") in ("positive", "negative", "inconclusive"), f"{language}: no verdict on the result page")
        check(verdict.get_attribute("data-verdict") != "inconclusive" or "prose-no-header" not in browser.page_source,
              f"{language}: the DOCX was not read")
        check(len(browser.find_elements(By.CSS_SELECTOR, "tr.question-examined")) > 0, f"{language}: no examined question listed")
        check(len(browser.find_elements(By.CSS_SELECTOR, "li.finding")) > 0, f"{language}: the telemedicine TA has findings, none shown")
        shot(f"result-{language}")
        # The conclusion to sign, in Word: a .docx (a ZIP archive) as a data: link.
        word = browser.find_element(By.ID, "download-conclusion-docx").get_attribute("href")
        check(word.startswith("data:application/vnd.openxmlformats-officedocument.wordprocessingml.document;base64,"),
              f"{language}: the Word conclusion is not a .docx data: link")
        check(base64.b64decode(word.split(",", 1)[1])[:2] == b"PK", f"{language}: the Word conclusion is not a .docx")
        # Download the conclusion: the browser saves it; it is the HTML conclusion.
        link = browser.find_element(By.ID, "download-conclusion-html")
        href = link.get_attribute("href")
        check(href.startswith("data:text/html"), f"{language}: the conclusion link is not a data: link")
        conclusion = base64.b64decode(href.split(",", 1)[1]).decode("utf-8")
        check("<html" in conclusion.lower(), f"{language}: the conclusion is not HTML")
        for stale in os.listdir(downloads):
            os.remove(os.path.join(downloads, stale))
        link.click()
        saved = os.path.join(downloads, "conclusion.html")
        for _ in range(100):
            if os.path.exists(saved):
                break
            time.sleep(0.1)
        check(os.path.exists(saved), f"{language}: clicking the conclusion link saved nothing")

        # Sign in with the keyboard: Enter submits.
        browser.get(f"{BASE}/signin?lang={language}")
        shot(f"signin-{language}")
        browser.find_element(By.ID, "name").send_keys("hana")
        password = browser.find_element(By.ID, "password")
        password.send_keys("head-password-1" + Keys.ENTER)
        WebDriverWait(browser, 300).until(expected_conditions.staleness_of(password))
        check(browser.current_url.endswith("/examinations"), f"{language}: signing in did not open the registry ({browser.current_url})")

        # Record two rounds of one TA: the first, then its resubmission.
        for number, name in ((1, "ta-mz-telemedicine"), (2, "ta-mz-telemedicine-resubmitted")):
            browser.get(f"{BASE}/examinations")
            browser.find_element(By.ID, "r-file").send_keys(os.path.join(CASES, name, "document.yaml"))
            browser.find_element(By.ID, "r-incoming").send_keys(f"ВХ-{language}-{number}")
            browser.execute_script("document.getElementById('r-received').value = '2025-0%d-10'" % (number + 3))
            submit(browser.find_element(By.CSS_SELECTOR, "form[action='/examinations']"))
            check("/examinations/" in browser.current_url, f"{language}: recording round {number} did not open the examination ({browser.current_url})")
        rounds = browser.find_elements(By.CSS_SELECTOR, "section.round")
        check(len(rounds) >= 2, f"{language}: the rounds are not side by side ({len(rounds)})")
        check(len(browser.find_elements(By.CSS_SELECTOR, ".status-resolved, .status-open, .status-new")) > 0, f"{language}: no finding statuses in the comparison")
        shot(f"examination-{language}")
        # Approve as head; the conclusion opens.
        submit(browser.find_element(By.CSS_SELECTOR, "form[action$='/approve']"))
        check("hana" in browser.find_element(By.ID, "approval").text, f"{language}: the approval is not shown")
        check(not browser.find_elements(By.CSS_SELECTOR, "form[action$='/approve']"), f"{language}: still offered for approval")
        conclusion_link = browser.find_element(By.ID, "conclusion")
        conclusion_link.click()
        WebDriverWait(browser, 300).until(expected_conditions.staleness_of(conclusion_link))
        check("<html" in browser.page_source.lower() and "verdict" in browser.page_source.lower() or len(browser.page_source) > 1000,
              f"{language}: the conclusion page is empty")
        shot(f"conclusion-{language}")
        browser.get(f"{BASE}/examinations?kind=technical_assignment")
        check(len(browser.find_elements(By.CSS_SELECTOR, "#examinations tbody tr")) >= 2, f"{language}: the filtered registry lists fewer than 2")
        shot(f"examinations-{language}")
        browser.get(f"{BASE}/statistics")
        check(browser.find_element(By.ID, "total").text.strip().isdigit(), f"{language}: the statistics page shows no total")
        check(len(browser.find_elements(By.CSS_SELECTOR, "#dashboard svg")) > 0, f"{language}: the statistics page has no chart")
        shot(f"statistics-{language}")
        # Sign out (a form with its CSRF token).
        submit(browser.find_element(By.CSS_SELECTOR, "form[action='/signout']"))
        browser.get(f"{BASE}/examinations")
        check(browser.current_url.endswith("/signin"), f"{language}: after signing out the registry is still open")

    # A file that fails to load gets a clear page, and the server goes on.
    broken = os.path.join(downloads, "broken.docx")
    with open(broken, "wb") as f:
        f.write(b"PK\x03\x04 not a document")
    browser.get(f"{BASE}/?lang=en")
    browser.find_element(By.ID, "file").send_keys(broken)
    submit(browser.find_element(By.CSS_SELECTOR, "form[action='/check']"))
    check(browser.find_element(By.ID, "verdict").get_attribute("data-verdict") == "inconclusive", "broken DOCX: not inconclusive")
    check("docx-not-a-zip" in browser.page_source, "broken DOCX: the reading report does not say why (the archive check refuses it before pandoc)")
    shot("broken-en")
    browser.get(f"{BASE}/")
    check(browser.find_element(By.ID, "file") is not None, "the server did not go on after a broken file")
finally:
    browser.quit()
    shutil.rmtree(downloads, ignore_errors=True)
    shutil.rmtree(profile, ignore_errors=True)

sys.exit(1 if failures else 0)
