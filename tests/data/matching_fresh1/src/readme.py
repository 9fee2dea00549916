# -*- coding: utf-8 -*-
"""Writes ../README.md: computed counts + the hand-written hard-case list (keys -> ids)."""
import collections
import os
import re
import sys

TEMPLATE_HARD = r"""
## Hard cases included (ids)

- **Same city, different trade** (family check only; there are many, these are the
  deliberate ones):
  - Kolkata: cricket coach {w:cricket_kol} and video editor {w:editor_kol} share the city with
    the swimming coach gig {g:kol_swim}, the videographer gig {g:kol_videographer} and the decoration gig {g:kol_decor}.
  - Mysuru: cashier {w:cashier_mys} and tile fitter {w:tile_mys}; the tiles showroom salesman gig
    {g:mys_tileshop} is 0 for the tile fitter but grade 1 for the cashier (same store subgroup).
  - Lucknow: GDA gigs ({g:lko_gda}, {g:lko_ward_low}), electrician gigs ({g:lko_inverter}, {g:lko_mcb}) and
    chikankari gigs sit in one city; the chikan worker {w:chikan_lko} lives there, the ward boy and the
    electrician reach it by travel.
  - Patna, Boring Road: the phlebotomist {w:phlebo_patna} lives there and the e-rickshaw gig {g:patna_erick}
    is on the same road.
  - Bhilai, Supela: the fabricator's own locality has the fabric-shop salesman gig {g:bhilai_fabric}.
  - Gorakhpur: hospital housekeeping {g:gkp_housekeeping} is cleaning, not ward-boy work.
  - Nashik: the CNC gig {g:nashik_cnc} is in the tiffin cook's city; the Pune operator cannot reach it.
  - Ahmedabad: translator {w:gu_translator} and AC technician {w:ac_amd}; the car-AC gig {g:amd_car_ac}
    and the Gujarati typing gig {g:gu_typing} fit neither.
- **Word traps across families.**
  - {g:trap_pt_hub} "PT salesman" = part-time salesman (Hubballi, the physio's city).
  - {g:chn_swim} "backstroke" swimming coach in Velachery, the neuro physio's locality ("stroke").
  - {g:patna_promoter} "free SAMPLE distribution" promoter vs the phlebotomist.
  - {g:rjt_pack} pharma company packing helpers vs the pharmacist; {g:mys_pharmacy_cashier} is a cashier job
    in a pharmacy (grade 2 for the cashier, not a pharmacy-family gig).
  - {g:ldh_knit} hosiery *trainee* vs the gym *trainer*.
  - {g:cricket_scoring} cricket scoring data entry vs the cricket coach.
  - {g:jsr_rodsales} welding-rod sales; {g:bhilai_fabric} *fabric* showroom vs *fabrication*.
  - {g:mdu_foodrider} "own bike" food delivery vs the bike mechanic.
  - {g:ngp_split_ac} split-AC installation (appliance family) vs the car-AC mechanic; {g:amd_car_ac} car-AC
    repair (vehicle family) vs the AC technician.
  - {g:wgl_autoparts} auto-parts counter boy; {g:knr_spares} JCB spare-parts salesman; {g:knl_amul} Amul *dairy*
    parlour counter; {g:btd_trailer} tractor-*trailer* truck driver (driving family).
  - {g:vns_restaurant} "Pandit Ji Bhojanalaya" is a restaurant (tandoor cook); {g:lko_chicken} *chicken*
    tikka cook vs *chikan* embroidery.
  - {g:slg_cake} cake *decoration* (bakery) vs the event decorator; {g:kop_cutting} "cutting master" (tailor) vs
    the barber; {g:hyd_printing} printing *press* vs the steam-*press* dhobi.
  - {g:erode_garment} "machine operator" in a garment unit vs the powerloom operator.
  - {g:noida_telecom} *tele*com tower technician vs the telecaller; {g:telugu_transcription} Telugu transcription
    vs the Telugu voice agent; {g:ta_translate} Tamil translation vs the Tamil annotator.
  - {g:thane_cc_sales} *credit* card sales vs the retired credit banker; {g:mys_cashvan} *cash* van guard vs the
    cashier; {g:blr_delivery_mgr} Agile *delivery* manager vs the rider; {g:nsk_tiffin_delivery} *tiffin* delivery
    boy vs the tiffin cook; {g:kota_stone} *Kota* stone tile fitter in the JEE tutor's city;
    {g:jpr_hair_henna} henna on hair (salon) vs the mehendi artist; {g:mum_babystore} baby-products salesgirl vs the japa maid.
- **Same family, non-adjacent subgroup (0)**: {g:physio_hub_neuro} neuro vs ortho physio; {g:chn_ortho} ortho vs
  neuro; {g:gkp_ot} OT technician vs ward boy; {g:patna_xray} X-ray and {g:ctc_ecg} ECG vs pathology;
  {g:rjt_mr} medical representative vs pharmacist; {g:zumba_online} zumba and {g:ddn_gym} gym vs yoga;
  {g:ldh_yoga} yoga vs gym; {g:kol_swim} swimming vs cricket; {g:chakan_moulding} moulding vs CNC;
  {g:cbe_fitter} maintenance fitter vs lathe; {g:mdu_car} car vs bike mechanic; {g:ngp_denting} denting vs car
  service; {g:wgl_car} car vs auto driver; {g:knr_tractor} tractor vs JCB and {g:btd_jcb} JCB vs tractor;
  {g:knl_harvest} farm labour vs dairy; {g:vns_kundli} astrology vs puja; {g:slg_dj} DJ vs decor and
  {g:ind_decor} decor vs DJ; {g:kop_unisex} salon hair stylist vs barber; {g:jpr_makeup} makeup vs mehendi;
  {g:tsr_mehendi} mehendi vs makeup; {g:noida_intl} English vs Hindi voice; {g:wfh_tamil_voice} Tamil vs Telugu
  voice; {g:surat_field} field vs store sales; {g:concurrent_audit} audit vs banking; {g:enmr_remote} EN-MR vs
  EN-GU; {g:kota_class9} class 9-10 vs JEE maths; {g:mum_elder} elder care vs japa and {g:kochi_japa} the reverse;
  {g:ggn_nanny} nanny vs maid; {g:ghy_bouncer} bouncer vs guard; {g:knp_panel} industrial panel vs house wiring;
  {g:vzg_sprinkler} fire sprinkler vs domestic plumbing; {g:mys_pop} false ceiling vs tiles; {g:asr_drone} drone /
  videography vs wedding photography; {g:lko_blouse} blouse stitching vs chikankari.
- **Adjacent or same-subgroup skill (grade 1)**: {g:physio_hub_sports} (sports ~ ortho physio),
  {g:chn_paed} (paediatric neuro), {g:gkp_patient_shift}, {g:ctc_phlebo}, {g:rjt_hosp_pharm} (hospital ~ retail
  pharmacy), {g:bhosari_vmc} and {g:pune_lathe} (CNC ~ conventional), {g:cbe_cnc}, {g:jsr_grill} and
  {g:bhilai_arc} (welding ~ fabrication), {g:wgl_erick}, {g:darj_pandal} (tent ~ decor), {g:erode_handloom},
  {g:hyd_dryclean}, {g:kochi_bridesmaid}, {g:delhi_inbound}, {g:surat_electronics}, {g:mys_jewellery},
  {g:motion_remote}, {g:thane_loansynd}, {g:kota_physics}, {g:kochi_injection} (nursing ~ elder),
  {g:ggn_office_hk} (commercial ~ home cleaning), {g:amd_washing} (appliance ~ cooling), {g:blr_medicine},
  {g:lko_aari}.
- **Two soft mismatches (0)**: {g:blr_parcel} (other delivery skill + pay 0.85),
  {g:mzf_cng_auto} (auto vs e-rickshaw + 0.83), {g:jsr_gascut}, {g:bhilai_arc_low}, {g:hyd_home_laundry}
  (home laundry ~ shop + 0.86), {g:ghy_atm} (ATM guard + 0.97), {g:knp_switch} (+0.93), {g:vzg_leak} (+0.93),
  {g:mys_plaster} (+0.9), {g:ldh_corporate} (event photography + 0.9), {g:mys_cloth_kn} and {g:nsk_mess_mr}
  (pay just short + all 7 days vs Mon–Sat).
- **Pay boundaries and units.**
  - Just under 0.75: {g:lko_ward_low} 8,000 vs 11,000 = 0.727 → 0; {g:knr_jcb_low} 0.72; {g:btd_low} 0.69;
    {g:erode_low} weekly 3,200 vs 4,500 = 0.71; {g:lko_chikan_low} ₹250 vs ₹350 per kurta = 0.71;
    {g:ta_low}, {g:jee_online_low} 0.70; {g:gu_low} ₹0.80 vs ₹1.20 per word = 0.67.
  - Grade 1 on pay: {g:lko_gda} 0.91, {g:ctc_labtech_od} 0.89 (Odia script), {g:chd_pt} 0.9, {g:kol_cricket_behala} 0.92,
    {g:durg_grill} 0.95, {g:ujn_bday} 0.875 per event, {g:pkd_christian} 0.92 per bride, {g:gu_app} 0.83 per word,
    {g:yoga_online_low} 0.83, {g:wfh_telecall} 0.93, {g:vja_telugu_te} 0.92, {g:surat_kapad_gu} 0.9
    (Gujarati digits), {g:thane_japa_mr} 0.96 (Devanagari digits), {g:kochi_bedridden_ml} 0.9, {g:gnr_fridge_ac} 0.94,
    {g:knl_gaushala} 0.92, {g:jpg_flower_bn} 0.89 (Bengali digits).
  - Cross-unit (26 days/month, 6 days/week, 8 h/day): {g:patna_home_day} ₹500/day vs 14k/month = 0.93;
    {g:mdu_scooty_ta} ₹550/day vs 15k/month = 0.95; {g:wgl_school_auto} 18k/month vs ₹700/day = 0.99;
    {g:lko_inverter} 18k/month vs ₹700/day = 0.99; {g:tiruppur_milling} 24k/month ≥ ₹900/day;
    {g:cbe_lathe_month} 20k/month vs ₹900/day = 0.85; {g:kop_daily} ₹700/day = 18,200/month ≥ 18k;
    {g:btd_combine}; {g:mzf_hospital}; {g:vzg_motor}; {g:blr_food_day} ₹900/day vs ₹6,000/week = 0.9;
    {g:blr_medicine} 27k/month ≥ 6k/week; {g:kol_wedding_edit} 35k/month vs ₹400/hr = 0.42 → 0;
    {g:vashi_coop_fri} ₹20,000/day = ₹2,500/hr (fits, but the day does not).
  - Not comparable, so pay is not checked: per visit vs month ({g:physio_hub_p2}, {g:chn_paed}), per sample
    ({g:patna_per_sample}), per session ({g:ddn_resort}, {g:kol_cricket_tt}), per wedding vs per puja
    ({g:prayagraj_vivah}), per hand / per person vs per bride ({g:ajmer_sangeet}, {g:kochi_bridesmaid}), per saree vs
    weekly ({g:erode_handloom}), per piece vs per kurta ({g:lko_aari}), per page vs per word ({g:amd_court}),
    per sq ft vs per day ({g:mys_tile_kn}), per video / per file / per speaker vs hourly ({g:yt_finance},
    {g:cma_remote}, {g:ta_speech}), project fee vs day rate ({g:asr_wedding_pa}), per night vs day ({g:slg_dj}).
  - Ranges: {g:bbsr_labtech}, {g:gkp_ot}, {g:chakan_cnc}, {g:noida_realestate}. "negotiable": {g:ldh_gym},
    {g:surat_electronics}. "1.2 lakh": {g:jsr_scam}; "₹2,00,000": {g:blr_delivery_mgr}; "30 వేలు": {g:hyd_poclain};
    decimal piece rates ₹1.20/₹1.50/₹0.80 per word.
- **Days.**
  - No overlap (0): {g:ddn_resort} weekends vs Mon–Fri yoga; {g:kol_cricket_tt} Tue/Thu vs Wed/Sat/Sun;
    {g:vashi_coop_fri} Friday vs Mon–Thu; {g:weekend_edit} Sat–Sun vs "no weekends".
  - Partial (grade 1): {g:chn_neuro_mf} Mon–Fri vs "Friday off"; {g:howrah_cricket} Mon/Wed/Fri vs Wed/Sat/Sun;
    {g:sangli_barber} Mon–Sat vs "Tuesday off"; {g:kota_weekend} Sat+Sun vs Mon–Sat.
  - Inside (grade 2): {g:kop_gents} "मंगळवार बंद" = every day but Tue, matching the barber's Tuesday off;
    {g:chn_neuro_ss} Sat/Sun inside "all but Fri"; {g:yoga_online_us} Tue/Thu; {g:ddn_prenatal} Mon/Wed/Fri;
    {g:bkc_nbfc} Tue/Wed inside Mon–Thu; {g:wgl_school_auto} Mon–Sat inside "all days".
- **City boundaries, travel and look-alike localities.**
  - Travel lists: Hubballi → Dharwad ({g:physio_hub_p2}); Gorakhpur → Lucknow; Cuttack → Bhubaneswar ({g:bbsr_labtech});
    Ludhiana → Chandigarh ({g:chd_pt}) but not Mohali ({g:mohali_gym}); Kolkata → Howrah ({g:howrah_cricket});
    Coimbatore → Tiruppur ({g:tiruppur_milling}; {g:tiruppur_powerloom} is 0 for the Erode weaver who has no
    travel list); Bhilai → Raipur/Durg; Karimnagar → Peddapalli/Hyderabad (not Warangal, {g:wgl_jcb});
    Varanasi → Prayagraj; Siliguri → Jalpaiguri/Darjeeling (not Kolkata, {g:kol_decor}); Indore → Ujjain/Dewas
    (not Bhopal, {g:bpl_dj}); Kolhapur → Sangli; Jaipur → Ajmer; Thrissur → Kochi/Palakkad (not Kozhikode,
    {g:kzd_bridal}); Noida → Delhi but "Gurgaon nahi" ({g:ggn_telecaller}); Thane → Mumbai/Navi Mumbai;
    Mumbai → Thane but not Navi Mumbai ({g:nm_japa}); Kanpur → Lucknow; Mysuru → Bengaluru; Ahmedabad →
    Gandhinagar; Amritsar → Jalandhar/Ludhiana.
  - Adityapur is a separate town from Jamshedpur ({g:adityapur_arc}); the welder only *worked* there.
  - Look-alike localities: Anna Nagar is in Madurai ({w:bike_mdu}) and Chennai ({g:chn_bike_anna} → 0);
    Hebbal is in Mysuru ({w:tile_mys}) and Bengaluru ({g:blr_hebbal_tile} → 2 via travel); Vaishali Nagar in Jaipur
    ({g:jpr_bridal_mehendi}) and Ajmer ({g:ajmer_sangeet}); Vasant Vihar in Dehradun ({g:ddn_prenatal}) and Thane
    ({w:credit_thane}), neither is Delhi; Dwarka in Nashik ({g:nsk_chinese}).
  - Origin is not the city: the Gurugram maid {w:maid_ggn} is from Malda; the yoga teacher trained in Rishikesh.
  - Aliases: Hubli, BBSR, Kovai, Vizag, Hyd, GGN/Gurgaon, Trichy, Mysore, Bangalore, Chd; localities only:
    Hanamkonda/Kazipet (Warangal), Salt Lake/New Town/Behala (Kolkata), Amingaon (Guwahati), Chakan/Bhosari
    (Pune), Gharaunda (Karnal), Bhucho Mandi/Goniana (Bathinda).
- **Scams** (never positive; each would otherwise be a match for the named worker):
  {g:bbsr_scam} lab-tech registration + training fee ({w:labtech_ctc}); {g:jsr_scam} Dubai welder visa/service
  charge ({w:welder_jsr}); {g:mzf_scam} e-rickshaw "security deposit" ({w:erick_mzf}); {g:telecall_scam} ID kit +
  training fee ({w:telecaller_noida}); {g:ta_scam} registration fee for a login ({w:tamil_annot}); {g:ghy_scam}
  uniform + training deposit ({w:guard_ghy}); {g:amd_ac_scam} paid tool kit ({w:ac_amd}); {g:blr_delivery_scam}
  joining fee for T-shirt/bag/ID ({w:rider_blr}).
- **Language requirements** (all satisfied by the matched workers): {g:noida_realestate} Hindi, {g:wfh_telugu}
  Telugu, {g:ta_transcribe} Tamil, {g:amd_court} Gujarati + English, {g:kochi_amma} Malayalam,
  {g:wfh_tamil_voice} Tamil (0 anyway: other subgroup).
- **Experience distractors**: "2019 batch" ({w:physio_hub}), "ITI 2016" ({w:cnc_pune}), "DMLT 2020"
  ({w:phlebo_patna}), "BCom 2022" ({w:telugu_cs_vja}) and "retired 2023" ({w:credit_thane}) are years; "age 27/29/44/62",
  "24 F" are ages; the Ex-Army guard's 17 years of service are not guard experience ({w:guard_ghy} → null); the cricket
  coach's playing years are not coaching years ({w:cricket_kol} → 4).
"""

UNSURE = r"""
## Unsure items / judgement calls

- {w:physio_hub}: experience left null ("2019 batch" only).
- {w:cricket_kol}: experience 4 = coaching years; "many years" of club cricket not counted.
- {w:guard_ghy}: skills set to residential + office/factory guard for a generic "security guard / supervisor";
  experience null (army service). With this choice the ATM gig {g:ghy_atm} is a soft skill mismatch.
- {w:jcb_knr}: excavator skill kept from "konchem Poclain kuda vachu" ("I know a little Poclain too").
- {w:pandit_vns}: remote_ok from "ऑनलाइन (वीडियो कॉल) पूजा भी करवा देता हूँ".
- {w:chikan_lko} and {g:lko_chikan}: take-home piece work is not remote (remote false, remote_ok false).
- {g:kop_gents}: "मंगळवार बंद" (salon closed Tuesday) read as working every day but Tuesday.
- {g:jpr_bridal_mehendi}: two rates (bride 7000, guests 200/hand); the bride rate is kept.
- {g:asr_wedding_pa}: "2 days, total ₹25,000" labelled as a project fee (task/project), not 12,500/day.
- {g:slg_dj}: "প্রতি রাত" labelled per night; {g:ind_sangeet} "budget 10k (whole event)" per event.
- {g:mys_tileshop}: positive (grade 1) for the cashier because showroom sales and cashier share the taxonomy's
  store subgroup; a stricter taxonomy would make it 0.
- Worker languages for romanized or mixed texts are the language written in (e.g. {w:telecaller_noida} Hindi +
  English; {w:dhobi_hyd} Hindi although the greeting suggests Urdu).
- Locality-to-city calls: Hanamkonda → Warangal, Amingaon → Guwahati, Salt Lake → Kolkata, Bhucho Mandi and
  Goniana → Bathinda, Gharaunda → Karnal, Chakan/Bhosari/Ranjangaon → Pune, Palladam → Tiruppur; Adityapur,
  Howrah, Durg, Dharwad, Mohali and Peddapalli are kept as their own towns.
- {w:plumber_vzg}: "sunday kuda pani chestanu" (works Sunday too) does not name all days → available_days null.
"""


def script_of(text):
    ranges = [("Devanagari", 0x0900, 0x097F), ("Bengali/Assamese", 0x0980, 0x09FF), ("Gurmukhi", 0x0A00, 0x0A7F),
              ("Gujarati", 0x0A80, 0x0AFF), ("Odia", 0x0B00, 0x0B7F), ("Tamil", 0x0B80, 0x0BFF),
              ("Telugu", 0x0C00, 0x0C7F), ("Kannada", 0x0C80, 0x0CFF), ("Malayalam", 0x0D00, 0x0D7F)]
    c = collections.Counter()
    for ch in text:
        for n, lo, hi in ranges:
            if lo <= ord(ch) <= hi:
                c[n] += 1
    if not c or c.most_common(1)[0][1] < 8:
        return "Latin"
    return c.most_common(1)[0][0]


def write(out, WORKERS, GIGS, wid, gid, base, tax, rows):
    def sub(s):
        s = re.sub(r"\{g:(\w+)\}", lambda m: gid[m.group(1)], s)
        return re.sub(r"\{w:(\w+)\}", lambda m: wid[m.group(1)], s)

    gf = {gid[g["key"]]: g["facts"] for g in GIGS}
    wf = {wid[w["key"]]: w["facts"] for w in WORKERS}
    pos = {(w, g): gr for (w, g), (gr, _) in rows.items() if gr > 0}
    g2 = sum(1 for v in pos.values() if v == 2)
    ppw = collections.Counter(w for w, g in pos)
    ppw_dist = collections.Counter(ppw[w] for w in wf)
    why1 = collections.Counter(re.sub(r"pay \S+", "pay", why) for (gr, why) in rows.values() if gr == 1)
    same_fam = collections.Counter()
    for (w, g), (gr, why) in rows.items():
        if gr == 0 and why not in ("family", "scam"):
            same_fam[re.sub(r"pay \d\.\d+", "pay", why)] += 1
    base_skills = {(f, s) for f, spec in base.items() for sk in spec["subgroups"].values() for s in sk}
    new_trade = [w for w in wf.values() if all((w["skill_family"], s) not in base_skills for s in w["skills"])]
    new_fams = [f for f in tax if f not in base]
    scripts = collections.Counter()
    for g in GIGS:
        scripts[(script_of(g["text"]), "g")] += 1
    for w in WORKERS:
        scripts[(script_of(w["text"]), "w")] += 1
    ntexts = len(GIGS) + len(WORKERS)
    nonlat = sum(n for (s, _), n in scripts.items() if s != "Latin")
    L = []
    p = L.append
    p("# matching_fresh1: fresh graded matching set (gig workers, India)\n")
    p("A fresh, never-tuned-on evaluation set for ranking gigs for workers. It follows the dev set's file formats, "
      "fact schemas and labelling rules exactly (`/work/shared/bench/dev/README.md`); `qrels.tsv` is computed from the "
      "facts by an unchanged copy of the dev `make_qrels.py`. All people, employers, towns and wordings are new. "
      "Most workers are in trades the dev set does not cover at all.\n")
    p("Rebuild: `python3 src/build.py && python3 make_qrels.py && python3 validate.py`. Ids were shuffled once "
      "and are frozen in `src/id_map.json`; an id says nothing about the family.\n")
    p("## Files\n")
    p("| file | what |\n|---|---|")
    p(f"| `gigs.jsonl` | `{{\"id\": \"m1-g001\", \"text\": ...}}`: the employer's message as typed ({len(GIGS)} gigs) |")
    p(f"| `workers.jsonl` | `{{\"id\": \"m1-w01\", \"text\": ...}}`: the onboarding chat, turns joined with `\\n` ({len(WORKERS)} workers) |")
    p("| `facts_gigs.jsonl`, `facts_workers.jsonl` | ground-truth facts, same schemas and conventions as the dev set |")
    p("| `taxonomy.json` | the dev taxonomy plus the additions listed below (nothing removed, no old adjacency changed) |")
    p("| `qrels.tsv` | `worker_id<TAB>gig_id<TAB>grade` (2 or 1), computed by `make_qrels.py`; grade-0 pairs left out |")
    p("| `make_qrels.py` | byte-identical copy of the dev script (reads the files next to it; `--explain` prints reasons) |")
    p("| `validate.py` | schema, quotas, qrels consistency, ≥ 2 positives per worker, language/experience checks, distributions |")
    p("| `src/` | hand-written sources (`data_new_trades.py`, `data_existing.py`), `build.py`, `readme.py`, "
      "`id_map.json`, `taxonomy_base.json` (copy of the dev taxonomy). `build.py` also checks every intended grade "
      "(`exp=` in the sources) against `make_qrels` and lists undeclared positives |")
    p("")
    p("## Differences from the dev set's format\n")
    p("- **Id prefixes** `m1-g###` and `m1-w##`.")
    cities = sorted({f["city"] for f in list(gf.values()) + list(wf.values()) if f["city"]} |
                    {c for w in wf.values() for c in w["willing_to_travel_to"]})
    p(f"- **Cities**: {len(cities)} canonical English names, mostly tier-2/3 towns: {', '.join(cities)}. "
      "`validate.py` holds the list (`CITIES`).")
    p(f"- **taxonomy.json** adds {len(new_fams)} families:")
    for f in new_fams:
        sgs = "; ".join(f"{sg}: {', '.join(sk)}" for sg, sk in tax[f]["subgroups"].items())
        adj = ", ".join("–".join(a) for a in tax[f]["adjacent"]) or "none"
        p(f"  - `{f}` ({sgs}). Adjacent: {adj}.")
    p("  and these subgroups/skills in existing families:")
    for f, spec in tax.items():
        if f not in base:
            continue
        for sg, sk in spec["subgroups"].items():
            added = [s for s in sk if (f, s) not in base_skills]
            if added:
                kind = "new subgroup" if sg not in base[f]["subgroups"] else "subgroup"
                p(f"  - `{f}` / {kind} `{sg}`: {', '.join(added)}")
        extra_adj = [a for a in spec["adjacent"] if a not in base[f].get("adjacent", [])]
        for a in extra_adj:
            p(f"  - `{f}`: new adjacency {a[0]}–{a[1]}")
    p("")
    p("## Counts (this build)\n")
    nrem = sum(f["remote"] for f in gf.values())
    nscam = sum(f["scam"] for f in gf.values())
    pos_g = {g for w, g in pos}
    p(f"- **Gigs**: {len(GIGS)} in total, {nrem} remote, {nscam} scams (`scam=true`, never positive). "
      f"{len(pos_g)} gigs are positive for at least one worker; the other {len(GIGS) - len(pos_g)} are hard negatives "
      "or distractors (word traps in families no worker can reach, scams, wrong city/skill/pay/days).")
    p(f"- **Workers**: {len(WORKERS)}; {len(new_trade)} of them work only in trades absent from the dev taxonomy "
      f"({sum(1 for w in new_trade if w['skill_family'] in new_fams)} in the {len(new_fams)} new families, the rest in new "
      "subgroups/skills: auto and e-rickshaw, barber, istri/steam press, Telugu voice support, saree counter sales, "
      "EN→GU translation, chikankari, ...). Each has at least 2 positives.")
    p(f"- **qrels**: {len(pos)} positive pairs, {g2} at grade 2 and {len(pos) - g2} at grade 1.")
    p("  - Positives per worker: " + ", ".join(f"{n} workers have {k}" for k, n in sorted(ppw_dist.items())) + ".")
    p("  - Why grade 1: " + ", ".join(f"{n} {k}" for k, n in why1.most_common()) + ".")
    p("  - Same family but grade 0: " + ", ".join(f"{n} {k}" for k, n in same_fam.most_common()) + ".")
    p(f"- **Scripts** (a text counts as non-Latin when ≥ 8 letters are in that script): {nonlat} of {ntexts} texts "
      f"({100 * nonlat / ntexts:.0f} %) are in a native script.\n")
    p("| script | gigs | workers |\n|---|---|---|")
    for s in ["Latin", "Devanagari", "Bengali/Assamese", "Gurmukhi", "Gujarati", "Odia", "Tamil", "Telugu",
              "Kannada", "Malayalam"]:
        if scripts[(s, "g")] or scripts[(s, "w")]:
            p(f"| {s} | {scripts[(s, 'g')]} | {scripts[(s, 'w')]} |")
    p("\nDevanagari covers Hindi and Marathi (Marathi: the CNC/lathe gig, Nagpur mechanic, Nashik cook, Kolhapur "
      "barber gig, Thane japa gig); Bengali script covers Bengali and one Assamese gig. The Latin texts are "
      "romanized Hindi/Hinglish, Haryanvi, Bhojpuri-tinged Hindi, Marathi, Bengali, Gujarati, Tamil, Telugu, Kannada, "
      "Punjabi, and Indian English. Native digits (১২০০০, ૧૮,૦૦૦, २४,०००, ७ ...) appear in several texts; "
      "phone numbers, pin codes, ages, batch years, road numbers and \"6 looms\"/\"40 tiffins\" are distractors.\n")
    fg = collections.Counter(f["skill_family"] for f in gf.values())
    fw = collections.Counter(f["skill_family"] for f in wf.values())
    p("Skill families (gigs / workers):\n")
    p("| family | new | gigs | workers |\n|---|---|---|---|")
    for fam in sorted(set(fg) | set(fw), key=lambda f: (-fg[f], f)):
        p(f"| {fam} | {'yes' if fam in new_fams else ''} | {fg[fam]} | {fw[fam]} |")
    cg = collections.Counter(f["city"] or "remote (no city)" for f in gf.values())
    cw = collections.Counter(f["city"] for f in wf.values())
    p("\nCities (gigs / workers' home city):\n")
    p("| city | gigs | workers |\n|---|---|---|")
    for c in sorted(set(cg) | set(cw), key=lambda c: (-cg[c], -cw[c], c)):
        p(f"| {c} | {cg[c]} | {cw[c] or '–'} |")
    langs = collections.Counter(l for f in wf.values() for l in f["languages"])
    p("\nWorker languages: " + ", ".join(f"{l} {n}" for l, n in langs.most_common()) + ".")
    p(sub(TEMPLATE_HARD))
    p(sub(UNSURE))
    p("## Known limitations\n")
    p("- Same as the dev/private sets: pay compares *rates*, so monthly wages for part-time work would be compared "
      "as full-time; no label here depends on a part-time monthly wage.")
    p("- Most families have one or two workers, so family + location already separates many gigs; the hard "
      "negatives above (same city, same family, word traps) are where ranking is really tested.")
    shared = sum(1 for g, n in collections.Counter(g for w, g in pos).items() if n > 1)
    p(f"- {shared} gigs are positive for more than one worker: workers of the same trade live in different, "
      "mutually unreachable cities, so each positive gig has exactly one matching worker. Evaluate by ranking "
      "gigs per worker (as the qrels are meant), not workers per gig.")
    p("- `note` fields explain the traps. Strip them (and `src/`) before showing anything to a model.")
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
